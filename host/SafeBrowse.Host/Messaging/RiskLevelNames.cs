using SafeBrowse.Detection;

namespace SafeBrowse.Host.Messaging;

internal static class RiskLevelNames
{
    public static string Of(RiskLevel level) => level switch
    {
        RiskLevel.None => "none",
        RiskLevel.Notice => "notice",
        RiskLevel.Alert => "alert",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };
}
