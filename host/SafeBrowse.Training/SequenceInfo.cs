using SafeBrowse.Detection;

namespace SafeBrowse.Training;

/// <summary>The sequence model's part of model-info.json: how it was trained, its thresholds and what it did on held-out data.</summary>
internal sealed record SequenceInfo(
    string File,
    string Method,
    int PositivePrefixes,
    int NegativePrefixes,
    double NoticeThreshold,
    double AlertThreshold,
    double BudgetNoticeThreshold,
    double BudgetAlertThreshold,
    double NoticeBudgetPer1000,
    double AlertBudgetPer1000,
    IReadOnlyDictionary<string, int> CalibrationSets,
    IReadOnlyDictionary<string, double> Weights)
{
    public ConversationMetrics? WithSequence { get; init; }

    public static string FileName => SequenceModel.FileName;
}
