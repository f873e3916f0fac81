namespace SafeBrowse.Detection;

/// <summary>
/// What one message carries. <see cref="Evidence"/> adds the weight of each category; a scorer that
/// leaves it empty has its <see cref="Categories"/> counted as strong evidence.
/// </summary>
public sealed record MessageScore(float Probability, IReadOnlyList<string> Categories)
{
    public IReadOnlyList<CategoryEvidence> Evidence { get; init; } = [];
}
