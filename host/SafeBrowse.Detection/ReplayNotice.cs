namespace SafeBrowse.Detection;

/// <summary>A notice the live path would have shown while replaying, at the message with 0-based <paramref name="Index"/>.</summary>
public sealed record ReplayNotice(int Index, string Contact, RiskLevel Level, IReadOnlyList<string> Categories, DateTimeOffset Time);
