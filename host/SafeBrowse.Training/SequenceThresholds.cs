namespace SafeBrowse.Training;

/// <summary>
/// Picks a level's threshold from a false-notice budget: the lowest probability at which no calibration set of
/// benign conversations would see more than its budget of them reach the level. Sets are held in but never trained
/// on; the sources held out whole only measure the result.
/// </summary>
internal static class SequenceThresholds
{
    // Above the highest benign score allowed, by less than any difference that matters.
    private const double Step = 1e-6;

    // The sigmoid never reaches 1; a threshold there would mean "never", which a zero budget on a set of any size can need.
    private const double Highest = 0.999999;

    /// <param name="maxima">Per calibration set, the highest course probability each of its conversations reached.</param>
    /// <param name="budgetPer1000">Conversations per 1,000 allowed to reach the level in every set.</param>
    public static double Choose(IEnumerable<IReadOnlyList<double>> maxima, double budgetPer1000)
    {
        var threshold = 0.0;
        foreach (var set in maxima)
        {
            if (set.Count == 0)
            {
                continue;
            }

            var allowed = (int)Math.Floor(set.Count * budgetPer1000 / 1000);
            var descending = set.OrderDescending().ToArray();
            if (allowed < descending.Length)
            {
                threshold = Math.Max(threshold, descending[allowed] + Step);
            }
        }

        return Math.Min(threshold, Highest);
    }
}
