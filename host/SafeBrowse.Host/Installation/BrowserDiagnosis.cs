namespace SafeBrowse.Host.Installation;

/// <summary>The doctor's verdict for one browser: ready when nothing is wrong; notes are worth knowing but block nothing.</summary>
internal sealed record BrowserDiagnosis(string Browser, IReadOnlyList<string> Findings, IReadOnlyList<DoctorProblem> Problems, IReadOnlyList<string> Notes)
{
    public bool IsReady => Problems.Count == 0;
}
