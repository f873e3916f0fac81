namespace SafeBrowse.Detection;

/// <summary>
/// One phrase pattern of a category, matched on whole words of normalised text, as read from a lexicon file
/// (<see cref="LexiconResources"/>). <see cref="Expression"/> is the whole regular expression with every fragment
/// spelled out; <see cref="CategoryLexicon"/> runs it. The examples and near-misses are the pattern's proof: it must
/// match every example and none of the near-misses.
/// </summary>
internal sealed record CategoryPattern(
    string Id,
    string Category,
    string Stage,
    float Weight,
    string Expression,
    IReadOnlyList<string> Examples,
    IReadOnlyList<string> NearMisses);
