namespace SafeBrowse.Training;

/// <summary>
/// One category over a set of conversations: in how many the writer expects it, in how many the engine named it and
/// in how many both. A category named in a benign look-alike counts against precision.
/// </summary>
internal sealed record CategoryScore(string Category, int Expected, int Named, int Both)
{
    public double? Precision => Named == 0 ? null : (double)Both / Named;

    public double? Recall => Expected == 0 ? null : (double)Both / Expected;

    public static CategoryScore Of(string category, IReadOnlyList<EvaluatedConversation> conversations) => new(
        category,
        conversations.Count(conversation => conversation.Conversation.Meta.Categories.Contains(category)),
        conversations.Count(conversation => conversation.Named.Contains(category)),
        conversations.Count(conversation => conversation.Named.Contains(category) && conversation.Conversation.Meta.Categories.Contains(category)));

    public static CategoryScore Sum(string name, IEnumerable<CategoryScore> scores)
    {
        var all = scores.ToArray();
        return new(name, all.Sum(score => score.Expected), all.Sum(score => score.Named), all.Sum(score => score.Both));
    }
}
