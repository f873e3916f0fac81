using SafeBrowse.Detection;

namespace SafeBrowse.Training;

/// <summary>Conversation-level figures for one scorer.</summary>
internal sealed record ConversationMetrics(GroomingMetrics Grooming, IReadOnlyDictionary<string, BenignMetrics> Benign)
{
    public static GroomingMetrics Summarize(IReadOnlyList<ReplayOutcome> outcomes) => new(
        outcomes.Count,
        Ratio(outcomes.Count(outcome => outcome.Level >= RiskLevel.Notice), outcomes.Count),
        Ratio(outcomes.Count(outcome => outcome.Level == RiskLevel.Alert), outcomes.Count),
        Ratio(outcomes.Count(outcome => outcome.ContactMessagesToNotice <= 50), outcomes.Count),
        Ratio(outcomes.Count(outcome => outcome.ContactMessagesToNotice <= 200), outcomes.Count),
        Median(outcomes.Select(outcome => outcome.FirstNotice)),
        Median(outcomes.Select(outcome => outcome.ContactMessagesToNotice)),
        Median(outcomes.Select(outcome => outcome.FirstAlert)));

    public static BenignMetrics SummarizeBenign(IReadOnlyList<ReplayOutcome> outcomes) => new(
        outcomes.Count,
        PerThousand(outcomes.Count(outcome => outcome.Level >= RiskLevel.Notice), outcomes.Count),
        PerThousand(outcomes.Count(outcome => outcome.Level == RiskLevel.Alert), outcomes.Count));

    private static double Ratio(int count, int total) => total == 0 ? 0 : Math.Round((double)count / total, 4);

    private static double PerThousand(int count, int total) => total == 0 ? 0 : Math.Round(1000.0 * count / total, 2);

    public static double? Median(IEnumerable<int?> values)
    {
        var sorted = values.Where(value => value.HasValue).Select(value => value!.Value).Order().ToArray();
        if (sorted.Length == 0)
        {
            return null;
        }

        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2.0;
    }
}
