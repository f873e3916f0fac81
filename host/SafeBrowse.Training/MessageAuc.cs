namespace SafeBrowse.Training;

/// <summary>Area under the ROC curve from ranks (Mann–Whitney), ties counted half.</summary>
internal static class MessageAuc
{
    public static double Compute(IReadOnlyList<float> positives, IReadOnlyList<float> negatives)
    {
        if (positives.Count == 0 || negatives.Count == 0)
        {
            return double.NaN;
        }

        var all = positives.Select(score => (Score: score, Positive: true))
            .Concat(negatives.Select(score => (Score: score, Positive: false)))
            .OrderBy(item => item.Score)
            .ToArray();
        double positiveRankSum = 0;
        var index = 0;
        while (index < all.Length)
        {
            var end = index;
            while (end + 1 < all.Length && all[end + 1].Score == all[index].Score)
            {
                end++;
            }

            var averageRank = ((index + end) / 2.0) + 1;
            for (var k = index; k <= end; k++)
            {
                if (all[k].Positive)
                {
                    positiveRankSum += averageRank;
                }
            }

            index = end + 1;
        }

        double p = positives.Count;
        return (positiveRankSum - (p * (p + 1) / 2)) / (p * negatives.Count);
    }
}
