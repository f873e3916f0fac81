namespace SafeBrowse.Detection;

/// <summary>
/// Facts a message states that are not a category on their own but change what the conversation means: they come
/// out of the lexicon like categories, are never reported, and feed <see cref="DetectionCategories.AgeGap"/>.
/// </summary>
internal static class ContextSignals
{
    /// <summary>The contact states an adult age ("im 27", "33/m/tx", "tengo 30 anos").</summary>
    public const string AdultAge = "adult_age";

    /// <summary>The contact asks the child's age, so a bare "13" in reply is an age.</summary>
    public const string AskedAge = "asked_age";

    /// <summary>The contact repeats the child's minor age back ("ur 14", "so youre 13"), which is as good as the child saying it.</summary>
    public const string MinorAcknowledged = "minor_acknowledged";

    /// <summary>A reply that opens with an adult age ("26", "here 33 you?"): an age only right after the child asked it.</summary>
    public const string LeadingAdultNumber = "leading_adult_number";

    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        AdultAge, AskedAge, MinorAcknowledged, LeadingAdultNumber,
    };
}
