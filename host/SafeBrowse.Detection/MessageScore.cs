namespace SafeBrowse.Detection;

/// <summary>
/// What one message carries. <see cref="Evidence"/> adds the weight of each category; a scorer that
/// leaves it empty has its <see cref="Categories"/> counted as strong evidence.
/// </summary>
public sealed record MessageScore(float Probability, IReadOnlyList<string> Categories)
{
    public IReadOnlyList<CategoryEvidence> Evidence { get; init; } = [];

    /// <summary>A probability with the category evidence the lexicon found in the same text.</summary>
    public static MessageScore FromEvidence(float probability, IReadOnlyList<CategoryEvidence> evidence) =>
        new(probability, evidence.Count == 0 ? [] : [.. evidence.Select(item => item.Category)]) { Evidence = evidence };
}
