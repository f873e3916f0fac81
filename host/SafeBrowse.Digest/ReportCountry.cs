namespace SafeBrowse.Digest;

/// <summary>Where a family in one country can report, and the number to call in an emergency.</summary>
internal sealed record ReportCountry(string Code, string Emergency, IReadOnlyList<ReportPlace> Places);
