namespace SafeBrowse.Training;

/// <summary>False notices and alerts on held-out benign conversations of one source.</summary>
internal sealed record BenignMetrics(int Conversations, double FalseNoticesPer1000, double FalseAlertsPer1000);
