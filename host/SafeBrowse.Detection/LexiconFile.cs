namespace SafeBrowse.Detection;

/// <summary>A lexicon file (<c>Lexicon/{language}.json</c>): shared fragments of expression and the patterns.</summary>
internal sealed record LexiconFile(
    string Language,
    IReadOnlyDictionary<string, string> Fragments,
    IReadOnlyList<LexiconEntry> Patterns);
