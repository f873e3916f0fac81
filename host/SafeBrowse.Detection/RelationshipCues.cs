using System.Buffers;
using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace SafeBrowse.Detection;

/// <summary>
/// What a conversation says about who the contact is to the child, kept apart from the grooming lexicon: it never adds
/// risk, it only tells family logistics ("a que hora sales? te recojo") from a stranger's. All texts are normalised
/// (<see cref="TextNormalizer"/>): lower case, no accents.
/// </summary>
internal static partial class RelationshipCues
{
    // "daddy" and "baby" are left out: groomers coach children to use them. "ma" is how a Colombian child answers
    // a mother ("pq ma?"); "pa" is not here because the normaliser reads it as "para".
    private const string KinNames =
        "mami|mamita|mama|ma|mom|mommy|mum|mummy|papi|papito|papa|dad|tia|tiita|tita|tio|tiito|abuela|abuelita|abuelo|abuelito|"
        + "abue|abu|nona|madrina|padrino|grandma|granny|nana|grandpa|grampa|gramps|auntie|aunty|aunt|uncle";

    // The regex only runs when one of these words stands at an edge of the message.
    private static readonly FrozenSet<string> KinWords = KinNames.Split('|').ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> KinLookup = KinWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // A greeting and the name ("thank you mom", "buenas noches mami") fit in the first three words.
    private const int LeadingWordsForAddress = 3;

    // Pieces of every parent-talk phrase as raw text may spell them: most contact messages hold none, and are then
    // neither normalised a second time nor matched.
    private static readonly SearchValues<string> ParentTalkPieces = SearchValues.Create(
        [
            "mij", "hij", "kiddo", "herman", "primo", "prima", "recog", "busca", "por ti", "tarea", "uniform", "comer",
            "cenar", "almorz", "comida", "cena", "dinner", "come eat", "brother", "sister", "cousin", "pick you up", "homework",
        ],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The child calls the contact by a family name ("si mami", "ya sali tia", "ok dad"): only where a name of address
    /// stands, at the start or the end of the message, so "le digo a mi mama" or "papas fritas" are not one.
    /// </summary>
    public static bool ChildAddressesFamily(string normalizedChildText) =>
        KinWordAtAnEdge(normalizedChildText) && KinAddressPattern().IsMatch(normalizedChildText);

    /// <summary>Whether raw contact text may talk as a parent: cheap, and true for every text that does.</summary>
    public static bool MayTalkAsParent(string? rawText) => rawText is { Length: > 0 } && rawText.AsSpan().ContainsAny(ParentTalkPieces);

    /// <summary>
    /// The contact talks as a parent does: "mija", "tu hermano", "tu papa te recoge", "haz la tarea", the uniform,
    /// dinner. Homework only as a parent says it: classmates ask each other about it all day. A groomer can say one of
    /// these, so one message is not enough (<see cref="Relationship"/>).
    /// </summary>
    public static bool ContactSpeaksAsParent(string normalizedText) =>
        normalizedText.Length > 0 && ParentTalkPattern().IsMatch(normalizedText);

    /// <summary>
    /// A photo request about the child's body or undress ("foto en vestido de bano", "show me your legs"): never family
    /// logistics, unlike "una foto con el uniforme nuevo".
    /// </summary>
    public static bool NamesBodyOrUndress(string normalizedText) =>
        normalizedText.Length > 0 && BodyPattern().IsMatch(normalizedText);

    private static bool KinWordAtAnEdge(string text)
    {
        var words = text.AsSpan();
        if (words.IsEmpty)
        {
            return false;
        }

        if (KinLookup.Contains(words[(words.LastIndexOf(' ') + 1)..]))
        {
            return true;
        }

        for (var index = 0; index < LeadingWordsForAddress && !words.IsEmpty; index++)
        {
            var space = words.IndexOf(' ');
            if (KinLookup.Contains(space < 0 ? words : words[..space]))
            {
                return true;
            }

            words = space < 0 ? [] : words[(space + 1)..];
        }

        return false;
    }

    [GeneratedRegex(
        @"(?:^(?:(?:hola|holi|hi|hey|ok|okay|oki|si|no|ya|bueno|listo|vale|gracias|thanks|thank you|bye|chao|love you|te quiero|buenas noches|good night|sorry|perdon)\s+)?"
        + "(?:" + KinNames + @")\b)"
        + @"|(?:(?<!\b(?:mi|tu|su|my|your|his|her|el|la|a|al|de|del|con|sin|tengo|have|for|para|que)\s)"
        + @"\b(?:" + KinNames + ")$)",
        RegexOptions.CultureInvariant)]
    private static partial Regex KinAddressPattern();

    [GeneratedRegex(
        @"\b(?:(?:mij|hij)(?:it)?(?:oo?|aa?)|kiddo)\b"
        + @"|\btu (?:hermano|hermana|hermanito|hermanita|primo|prima)\b"
        + @"|\btu (?:papa|mama|papi|mami|abuela|abuelo|tia|tio) (?:te recoge|te va a recoger|te busca|te va a buscar|va por ti|pasa por ti)\b"
        + @"|\b(?:haz|has|termina|ponte a hacer|a hacer) (?:la|las|tu|tus) tareas?\b"
        + @"|\buniforme\b"
        + @"|\b(?:ven a|a) (?:comer|cenar|almorzar)\b|\b(?:la cena|la comida|el almuerzo) (?:esta lista|ya esta)\b"
        + @"|\byour (?:little |big )?(?:brother|sister|cousin)\b"
        + @"|\byour (?:dad|mom|mum|grandma|grandpa|aunt|uncle) (?:will|is gonna|is going to|can|is coming to) pick you up\b"
        + @"|\b(?:do|finish|get) your homework\b|\buniform\b|\bdinner(?:s| is)? ready\b|\bcome (?:eat|for dinner)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex ParentTalkPattern();

    [GeneratedRegex(
        @"\b(?:cuerpo|desnud\w*|sin ropa|ropa interior|brasier|calzones|tanga|bikini|vestido de bano|pijama|sexy|pack|piernas|pechos|tetas|cola|culo|nalgas|abdomen|toalla|ducha|sin camisa"
        + @"|body|naked|nude|nudes|bra|underwear|panties|swimsuit|bathing suit|pajamas|pjs|no clothes|without clothes|shirtless|hot pic|hot photo|boobs|chest|tits|legs|butt|ass|belly|towel|shower|feet)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex BodyPattern();
}
