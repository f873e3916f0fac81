namespace SafeBrowse.Training;

/// <summary>The model-info.json written next to the model.</summary>
internal sealed record ModelInfo(
    string Version,
    string TrainedAtUtc,
    string Method,
    int Seed,
    int PositiveRows,
    int NegativeRows,
    double TrainingSeconds,
    IReadOnlyList<TrainingSourceInfo> TrainedOn,
    ModelMetrics Metrics)
{
    /// <summary>The sequence model written beside the message model, with its before/after figures.</summary>
    public SequenceInfo? Sequence { get; init; }
}
