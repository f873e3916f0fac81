namespace SafeBrowse.Detection;

/// <summary>
/// sequence-model.json: the weights of <see cref="SequenceModel"/> by feature name and the two thresholds chosen
/// from the false-notice budget. Its figures are in model-info.json.
/// </summary>
public sealed record SequenceModelFile(
    string Version,
    IReadOnlyList<string> Features,
    IReadOnlyList<float> Weights,
    float Bias,
    double NoticeThreshold,
    double AlertThreshold);
