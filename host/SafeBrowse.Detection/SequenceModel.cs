using System.Text.Json;

namespace SafeBrowse.Detection;

/// <summary>
/// The learned reading of a conversation's course (<see cref="CourseFeatures"/>): a logistic regression trained with
/// ML.NET on conversation prefixes, evaluated here as one dot product so no ML.NET code runs per message. It may
/// raise a contact's level above what <see cref="RiskRules"/> gives, never lower it, and only where
/// <see cref="CourseGate"/> opens.
/// </summary>
public sealed class SequenceModel
{
    public const string FileName = "sequence-model.json";

    private readonly float[] weights;
    private readonly float bias;

    private SequenceModel(string version, float[] weights, float bias, double noticeThreshold, double alertThreshold)
    {
        Version = version;
        this.weights = weights;
        this.bias = bias;
        NoticeThreshold = noticeThreshold;
        AlertThreshold = alertThreshold;
    }

    public string Version { get; }

    /// <summary>Probability from which the course alone raises a notice.</summary>
    public double NoticeThreshold { get; }

    public double AlertThreshold { get; }

    /// <summary>Builds the model from the weights training produced; null when they do not fit this version's features.</summary>
    public static SequenceModel? FromFile(SequenceModelFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        // Deserialised files can hold nulls where the record says otherwise.
        if (file.Features is not { } features || file.Weights is not { } weights || file.Version is not { Length: > 0 } version)
        {
            return null;
        }

        var sound = features.SequenceEqual(CourseFeatures.Names, StringComparer.Ordinal)
            && weights.Count == CourseFeatures.Count
            && weights.All(float.IsFinite) && float.IsFinite(file.Bias)
            && file.NoticeThreshold is > 0 and < 1 && file.AlertThreshold >= file.NoticeThreshold && file.AlertThreshold <= 1;
        return sound ? new SequenceModel(version, [.. weights], file.Bias, file.NoticeThreshold, file.AlertThreshold) : null;
    }

    /// <summary>Reads sequence-model.json; null when it is damaged or written for other features.</summary>
    public static SequenceModel? Parse(ReadOnlySpan<byte> json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, SequenceModelJsonContext.Default.SequenceModelFile) is { } file ? FromFile(file) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Probability that the course so far is a groomer's.</summary>
    internal double Probability(ReadOnlySpan<float> features)
    {
        var sum = bias;
        for (var index = 0; index < weights.Length; index++)
        {
            sum += weights[index] * features[index];
        }

        return 1.0 / (1.0 + Math.Exp(-sum));
    }

    internal RiskLevel LevelFor(double probability) =>
        probability >= AlertThreshold ? RiskLevel.Alert : probability >= NoticeThreshold ? RiskLevel.Notice : RiskLevel.None;
}
