namespace SafeBrowse.Storage;

/// <summary>The ids the protocol and the database use for <see cref="AgeBand"/>; enum names are never stored.</summary>
public static class AgeBands
{
    public static string ToId(AgeBand ageBand) => ageBand switch
    {
        AgeBand.Unknown => "unknown",
        AgeBand.Under10 => "under_10",
        AgeBand.From10To12 => "10_12",
        AgeBand.From13To15 => "13_15",
        AgeBand.From16To17 => "16_17",
        _ => throw new ArgumentOutOfRangeException(nameof(ageBand), ageBand, "Unknown age band."),
    };

    public static bool TryParse(string? id, out AgeBand ageBand)
    {
        (var known, ageBand) = id switch
        {
            "unknown" => (true, AgeBand.Unknown),
            "under_10" => (true, AgeBand.Under10),
            "10_12" => (true, AgeBand.From10To12),
            "13_15" => (true, AgeBand.From13To15),
            "16_17" => (true, AgeBand.From16To17),
            _ => (false, AgeBand.Unknown),
        };
        return known;
    }
}
