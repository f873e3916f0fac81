using Microsoft.ML;
using SafeBrowse.Detection;

namespace SafeBrowse.Training;

/// <summary>
/// Learns <see cref="SequenceModel"/> from conversation prefixes and sets its thresholds: grooming training
/// conversations give the positives; each held-in benign source is split into a part that gives negatives and a part
/// that only sets thresholds, so the budget is measured on conversations the model never saw.
/// </summary>
internal static class SequenceTraining
{
    /// <summary>Notices allowed per 1,000 calibration conversations, under the target of 5 to leave room for unseen chat.</summary>
    public const double NoticeBudgetPer1000 = 2;

    /// <summary>Alerts allowed per 1,000, under the target of 1.</summary>
    public const double AlertBudgetPer1000 = 0.5;

    /// <summary>
    /// The lowest thresholds whatever the budget allows. Held-in benign sources rarely open <c>CourseGate</c> (a
    /// handful of conversations in thousands), so the budget alone can set a threshold no benign chat tested it
    /// against, and hand-written look-alike chats scored 0.04–0.09 under one at 0.01. The course then speaks only when
    /// it reads grooming as more likely than not with benign chat weighing five times as much, and alerts at odds of 9 to 1.
    /// </summary>
    public const double NoticeFloor = 0.5;

    public const double AlertFloor = 0.9;

    private const double CalibrationFraction = 0.3;

    /// <summary>Benign prefixes weigh this many times the grooming ones in all, so a notice must be earned.</summary>
    private const double BenignWeightRatio = 5;

    // Every one of the contact's first messages is a row (earliness is decided there); later ones are sampled.
    private const int DenseContactMessages = 150;
    private const int SparseEvery = 10;

    private const int StressGroupSize = 20;
    private const int ProgressFrom = 300;

    public static (SequenceModelFile File, SequenceInfo Info) Train(
        MLContext context,
        IReadOnlyList<CorpusConversation> grooming,
        IReadOnlyDictionary<string, List<CorpusConversation>> benign,
        IMessageScorer scorer,
        int seed,
        string version)
    {
        var fitSets = new Dictionary<string, IReadOnlyList<IReadOnlyList<CorpusMessage>>>(StringComparer.Ordinal);
        var calibrationSets = new Dictionary<string, IReadOnlyList<IReadOnlyList<CorpusMessage>>>(StringComparer.Ordinal);
        foreach (var (name, conversations) in benign)
        {
            var (fit, calibration) = CorpusSplit.ByConversation(conversations, CalibrationFraction, seed);
            AddSets(fitSets, name, fit);
            AddSets(calibrationSets, name, calibration);
        }

        var positives = CollectPositives(grooming, scorer);
        var negatives = new List<CoursePrefix>();
        foreach (var (name, set) in fitSets)
        {
            negatives.AddRange(Collect(set, scorer, $"benign {name} prefixes for training").SelectMany(prefixes => prefixes));
        }

        Console.WriteLine($"Sequence rows: {positives.Sum(rows => rows.Count):N0} grooming prefixes from {grooming.Count:N0} conversations, {negatives.Count:N0} benign prefixes (only prefixes where the course may speak)");
        var rows = new List<SequenceRow>();
        foreach (var conversation in positives.Where(rows => rows.Count > 0))
        {
            // Each conversation weighs the same whatever its length.
            rows.AddRange(conversation.Select(prefix => new SequenceRow { Features = prefix.Features, Label = true, Weight = 1f / conversation.Count }));
        }

        var benignWeight = negatives.Count == 0 ? 0f : (float)(BenignWeightRatio * positives.Count(rows => rows.Count > 0) / negatives.Count);
        rows.AddRange(negatives.Select(prefix => new SequenceRow { Features = prefix.Features, Label = false, Weight = benignWeight }));
        var (weights, bias) = SequenceTrainer.Train(context, rows);

        var unthresholded = SequenceModel.FromFile(new SequenceModelFile(version, CourseFeatures.Names, weights, bias, 0.5, 0.5))
            ?? throw new InvalidOperationException("the trained weights do not fit the features");
        var maxima = new Dictionary<string, IReadOnlyList<double>>(StringComparer.Ordinal);
        foreach (var (name, set) in calibrationSets)
        {
            maxima[name] = [.. Collect(set, scorer, $"benign {name} for thresholds")
                .Select(prefixes => prefixes.Count == 0 ? 0 : prefixes.Max(prefix => unthresholded.Probability(prefix.Features)))];
        }

        var budgetNotice = SequenceThresholds.Choose(maxima.Values, NoticeBudgetPer1000);
        var budgetAlert = SequenceThresholds.Choose(maxima.Values, AlertBudgetPer1000);
        var notice = Math.Max(budgetNotice, NoticeFloor);
        var alert = Math.Max(notice, Math.Max(budgetAlert, AlertFloor));
        Console.WriteLine($"Sequence thresholds: the budget ({NoticeBudgetPer1000} notices, {AlertBudgetPer1000} alerts per 1,000 held-in benign conversations) allows notice {budgetNotice:F4}, alert {budgetAlert:F4}; with the floors ({NoticeFloor}, {AlertFloor}): notice {notice:F4}, alert {alert:F4}");
        foreach (var (name, set) in maxima)
        {
            Console.WriteLine($"  {name,-32} {set.Count,6:N0} conversations, {set.Count(value => value >= notice),3} at notice, {set.Count(value => value >= alert),3} at alert");
        }

        var file = new SequenceModelFile(version, CourseFeatures.Names, weights, bias, Math.Round(notice, 6), Math.Round(alert, 6));
        var info = new SequenceInfo(
            SequenceModel.FileName,
            "course of each contact's conversation (stages seen and their order, escalation, asking vs telling, ages, late night, contact share) + decayed category evidence -> LbfgsLogisticRegression on contact-message prefixes where the course may speak; thresholds from a false-notice budget on held-in benign conversations not trained on",
            rows.Count(row => row.Label),
            rows.Count(row => !row.Label),
            file.NoticeThreshold,
            file.AlertThreshold,
            Math.Round(budgetNotice, 6),
            Math.Round(budgetAlert, 6),
            NoticeBudgetPer1000,
            AlertBudgetPer1000,
            maxima.ToDictionary(pair => pair.Key, pair => pair.Value.Count, StringComparer.Ordinal),
            CourseFeatures.Names.Select((name, index) => (name, index)).ToDictionary(pair => pair.name, pair => Math.Round(weights[pair.index], 4), StringComparer.Ordinal));
        return (file, info);
    }

    private static void AddSets(Dictionary<string, IReadOnlyList<IReadOnlyList<CorpusMessage>>> sets, string name, List<CorpusConversation> conversations)
    {
        // A source held out whole trains and calibrates nothing.
        if (conversations.Count == 0)
        {
            return;
        }

        sets[name] = [.. conversations.Select(conversation => conversation.Messages)];
        sets[$"{name} ({StressGroupSize}-message groups)"] = [.. conversations
            .SelectMany(conversation => conversation.Messages)
            .Where(message => message.IsFromContact)
            .Chunk(StressGroupSize)
            .Select(chunk => (IReadOnlyList<CorpusMessage>)chunk)];
    }

    private static List<CoursePrefix>[] CollectPositives(IReadOnlyList<CorpusConversation> grooming, IMessageScorer scorer) =>
        Collect([.. grooming.Select(conversation => conversation.Messages)], scorer, "grooming prefixes for training",
            contactMessage => contactMessage <= DenseContactMessages || contactMessage % SparseEvery == 0);

    private static List<CoursePrefix>[] Collect(
        IReadOnlyList<IReadOnlyList<CorpusMessage>> conversations, IMessageScorer scorer, string name, Func<int, bool>? sampled = null)
    {
        using var heartbeat = new Heartbeat($"Reading the course of {conversations.Count:N0} {name}");
        var done = 0;
        // Small sets finish before a line would help; the heartbeat still says when each starts and ends.
        var step = conversations.Count < ProgressFrom ? int.MaxValue : conversations.Count / 10;
        var prefixes = new List<CoursePrefix>[conversations.Count];
        Parallel.For(0, conversations.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, index =>
        {
            prefixes[index] = PrefixCollector.Collect(conversations[index], scorer, sampled ?? (_ => true));
            if (Interlocked.Increment(ref done) % step == 0)
            {
                Console.WriteLine($"  {name}: {done:N0} of {conversations.Count:N0}");
            }
        });
        return prefixes;
    }
}
