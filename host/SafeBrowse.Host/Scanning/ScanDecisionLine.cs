namespace SafeBrowse.Host.Scanning;

internal sealed record ScanDecisionLine(
    string Id,
    string Level,
    int? FirstNotice,
    int? FirstAlert,
    IReadOnlyList<string> Categories);
