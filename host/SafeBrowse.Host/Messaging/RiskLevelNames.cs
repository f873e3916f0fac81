using SafeBrowse.Detection;
using SafeBrowse.Protocol;

namespace SafeBrowse.Host.Messaging;

/// <summary>The one mapping from the detector's <see cref="RiskLevel"/> to its word in the protocol and the database.</summary>
internal static class RiskLevelNames
{
    public static string Of(RiskLevel level) => level switch
    {
        RiskLevel.None => RiskLevelWords.None,
        RiskLevel.Notice => RiskLevelWords.Notice,
        RiskLevel.Alert => RiskLevelWords.Alert,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };
}
