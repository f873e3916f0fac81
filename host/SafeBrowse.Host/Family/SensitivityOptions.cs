using SafeBrowse.Detection;
using SafeBrowse.Storage;

namespace SafeBrowse.Host.Family;

/// <summary>
/// A parent's sensitivity setting as risk tuning. Standard is what docs/model-card.md measured; low asks for
/// more evidence per pattern, high for less (more notices, and more of them wrong).
/// </summary>
internal static class SensitivityOptions
{
    public static RiskOptions For(Sensitivity sensitivity) => sensitivity switch
    {
        Sensitivity.Low => new RiskOptions { PresenceThreshold = 1.0 },
        Sensitivity.High => new RiskOptions { PresenceThreshold = 0.6 },
        _ => new RiskOptions(),
    };
}
