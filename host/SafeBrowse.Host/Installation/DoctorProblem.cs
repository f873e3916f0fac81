namespace SafeBrowse.Host.Installation;

/// <summary>What is wrong, and what a parent can do about it, both in plain words.</summary>
internal sealed record DoctorProblem(string Problem, string Fix);
