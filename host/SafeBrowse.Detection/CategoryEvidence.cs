namespace SafeBrowse.Detection;

/// <summary>One category a message carries, with how strongly (see <see cref="EvidenceWeights"/>).</summary>
public sealed record CategoryEvidence(string Category, float Weight);
