namespace SafeBrowse.Host.Scanning;

internal sealed record ScanSummary(long Conversations, long Messages, long BadLines, long Raised);
