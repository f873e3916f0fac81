namespace SafeBrowse.Detection;

/// <summary>
/// One pattern as written in a lexicon file. <see cref="Pattern"/> may name fragments of the file as <c>{name}</c>;
/// <see cref="Strength"/> is <c>strong</c> (the phrase means the category on its own) or <c>weak</c>.
/// </summary>
internal sealed record LexiconEntry(
    string Id,
    string Category,
    string Stage,
    string Strength,
    string Pattern,
    IReadOnlyList<string> Examples,
    IReadOnlyList<string> NearMisses);
