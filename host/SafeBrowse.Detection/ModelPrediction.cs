namespace SafeBrowse.Detection;

/// <summary>Output schema of the message model.</summary>
public sealed class ModelPrediction
{
    public bool PredictedLabel { get; set; }

    public float Probability { get; set; }

    public float Score { get; set; }
}
