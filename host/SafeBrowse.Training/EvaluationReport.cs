using SafeBrowse.Detection;

namespace SafeBrowse.Training;

/// <summary>Writes the evaluation of the hand-written sets as markdown: a summary, categories, then every conversation.</summary>
internal static class EvaluationReport
{
    public static void Write(TextWriter output, string modelDescription, IReadOnlyList<(WrittenSplit Split, IReadOnlyList<EvaluatedConversation> Results)> splits)
    {
        output.WriteLine("# Detection on the hand-written conversations");
        output.WriteLine();
        output.WriteLine($"Scorer: {modelDescription}. Every conversation replayed through `ConversationReplayer`, the path `scan` takes.");
        output.WriteLine("Contact messages are counted 1-based; \"past concern\" is the first notice's contact message minus the one at");
        output.WriteLine("which an attentive adult would first worry (`meta.concernAt`): 0 at it, negative before it.");
        output.WriteLine();
        WriteSummary(output, splits);
        foreach (var (split, results) in splits)
        {
            WriteCategories(output, split, results);
        }

        foreach (var (split, results) in splits)
        {
            WriteConversations(output, split, results);
        }
    }

    private static void WriteSummary(TextWriter output, IReadOnlyList<(WrittenSplit Split, IReadOnlyList<EvaluatedConversation> Results)> splits)
    {
        output.WriteLine("## Summary");
        output.WriteLine();
        output.WriteLine("| split | lang | grooming | noticed | alerted | median contact messages to first notice | median past concern | noticed before concern | benign | benign with notice | benign with alert |");
        output.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var (split, results) in splits)
        {
            var grooming = results.Where(result => result.Conversation.IsGrooming).ToArray();
            var benign = results.Where(result => !result.Conversation.IsGrooming).ToArray();
            output.WriteLine(
                $"| {split.Name} | {split.Language} | {grooming.Length} | {Share(grooming.Count(result => result.Noticed), grooming.Length)} " +
                $"| {Share(grooming.Count(result => result.Alerted), grooming.Length)} " +
                $"| {Number(ConversationMetrics.Median(grooming.Select(result => result.Outcome.ContactMessagesToNotice)))} " +
                $"| {Number(ConversationMetrics.Median(grooming.Select(result => result.ContactMessagesPastConcern)))} " +
                $"| {grooming.Count(result => result.ContactMessagesPastConcern < 0)} " +
                $"| {benign.Length} | {Share(benign.Count(result => result.Noticed), benign.Length)} | {Share(benign.Count(result => result.Alerted), benign.Length)} |");
        }

        output.WriteLine();
    }

    private static void WriteCategories(TextWriter output, WrittenSplit split, IReadOnlyList<EvaluatedConversation> results)
    {
        output.WriteLine($"## Categories, {split.Name} {split.Language}");
        output.WriteLine();
        output.WriteLine("| category | expected | named | both | precision | recall |");
        output.WriteLine("|---|---|---|---|---|---|");
        var scores = DetectionCategories.All.Select(category => CategoryScore.Of(category, results)).ToArray();
        foreach (var score in scores.Append(CategoryScore.Sum("all categories", scores)))
        {
            output.WriteLine($"| {score.Category} | {score.Expected} | {score.Named} | {score.Both} | {Percent(score.Precision)} | {Percent(score.Recall)} |");
        }

        output.WriteLine();
    }

    private static void WriteConversations(TextWriter output, WrittenSplit split, IReadOnlyList<EvaluatedConversation> results)
    {
        output.WriteLine($"## Conversations, {split.Name} {split.Language}");
        output.WriteLine();
        output.WriteLine("| id | label | tactic | level | first notice (contact message) | first alert (contact message) | concern (contact message) | named | expected |");
        output.WriteLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var result in results)
        {
            var conversation = result.Conversation;
            output.WriteLine(
                $"| {conversation.Id} | {conversation.Label} | {conversation.Meta.Tactic} | {result.Outcome.Level.ToString().ToLowerInvariant()} " +
                $"| {Number(result.Outcome.ContactMessagesToNotice)} | {Number(result.ContactMessagesToAlert)} | {Number(result.ConcernContactMessage)} " +
                $"| {string.Join(", ", result.Named.Order(StringComparer.Ordinal))} | {string.Join(", ", conversation.Meta.Categories)} |");
        }

        output.WriteLine();
    }

    private static string Share(int count, int total) => total == 0 ? "–" : $"{count} ({100.0 * count / total:F0} %)";

    private static string Percent(double? ratio) => ratio is { } value ? $"{100 * value:F0} %" : "–";

    private static string Number(double? value) => value is { } number ? $"{number:0.#}" : "–";
}
