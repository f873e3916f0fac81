namespace SafeBrowse.Detection;

/// <summary>Weights a lexicon match can carry.</summary>
public static class EvidenceWeights
{
    /// <summary>The phrase means the category on its own ("send me a pic of you").</summary>
    public const float Strong = 1f;

    /// <summary>The phrase fits the category but also ordinary talk ("nos vemos", "send me a pic").</summary>
    public const float Weak = 0.5f;
}
