namespace SafeBrowse.Training;

/// <summary>Everything measured on held-out data, as written to model-info.json.</summary>
internal sealed record ModelMetrics(
    IReadOnlyDictionary<string, double> MessageAuc,
    IReadOnlyDictionary<string, double> LexiconHitRate,
    ConversationMetrics WithModel,
    ConversationMetrics LexiconOnly,
    IReadOnlyDictionary<string, float> Probes);
