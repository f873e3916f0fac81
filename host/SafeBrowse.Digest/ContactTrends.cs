namespace SafeBrowse.Digest;

/// <summary>
/// Compares this week's events with the weekly average of the three weeks before. "More" needs both half as many
/// again and at least one more, so one event after a quiet month reads as "about the same", not as a rise.
/// </summary>
internal static class ContactTrends
{
    private const double EarlierWeeks = 3;

    public static ContactTrend Of(int thisWeek, int earlierThreeWeeks)
    {
        if (earlierThreeWeeks == 0)
        {
            return ContactTrend.New;
        }

        var weeklyAverage = earlierThreeWeeks / EarlierWeeks;
        if (thisWeek >= weeklyAverage * 1.5 && thisWeek - weeklyAverage >= 1)
        {
            return ContactTrend.More;
        }

        return thisWeek <= weeklyAverage / 2 ? ContactTrend.Fewer : ContactTrend.Same;
    }
}
