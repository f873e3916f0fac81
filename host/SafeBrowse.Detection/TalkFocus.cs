using System.Collections.Frozen;

namespace SafeBrowse.Detection;

/// <summary>
/// Whether a contact's message asks about the child ("where do you live", "tienes novio") or talks about the contact
/// ("i work nights", "yo vivo en cali"). Groomers ask far more than they tell (Lorenzo-Dus et al. 2016); counted on
/// normalised text, which has no punctuation, so a question is a question word or verb with a second person.
/// </summary>
internal static class TalkFocus
{
    private static readonly FrozenSet<string> SecondPerson = FrozenSet.Create(
        StringComparer.Ordinal,
        "you", "your", "yours", "youre", "yourself", "tu", "tus", "te", "ti", "contigo", "vos", "usted", "tuyo", "tuya",
        // Spanish drops the pronoun: "tienes novio", "donde vives" are about the child by the verb alone.
        "tienes", "vives", "eres", "quieres", "puedes", "sabes", "haces", "estudias", "sales", "andas", "vas");

    private static readonly FrozenSet<string> QuestionOpeners = FrozenSet.Create(
        StringComparer.Ordinal,
        "what", "whats", "where", "when", "who", "how", "why", "which", "do", "does", "did", "are", "is", "were", "can",
        "could", "would", "will", "have", "got", "wanna", "que", "donde", "cuando", "quien", "como", "cual", "cuantos",
        "cuantas", "tienes", "estas", "eres", "vives", "quieres", "puedes", "has", "sabes", "te");

    private static readonly FrozenSet<string> FirstPerson = FrozenSet.Create(
        StringComparer.Ordinal,
        "i", "im", "ive", "ill", "id", "me", "my", "mine", "myself", "yo", "mi", "mis", "conmigo", "mio", "mia");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SecondLookup = SecondPerson.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> QuestionLookup = QuestionOpeners.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstLookup = FirstPerson.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <returns>Whether the message asks about the child, and whether it speaks of the contact themself.</returns>
    public static (bool AsksAboutChild, bool TalksAboutSelf) Read(ReadOnlySpan<char> normalizedText)
    {
        var question = false;
        var second = false;
        var first = false;
        foreach (var range in normalizedText.Split(' '))
        {
            var word = normalizedText[range];
            if (word.IsEmpty)
            {
                continue;
            }

            question |= QuestionLookup.Contains(word);
            second |= SecondLookup.Contains(word);
            first |= FirstLookup.Contains(word);
        }

        return (question && second, first);
    }
}
