using Microsoft.ML.Data;

namespace SafeBrowse.Detection;

/// <summary>Input schema of the message model; <see cref="Text"/> is already normalised.</summary>
public sealed class ModelInput
{
    [LoadColumn(0)]
    public string Text { get; set; } = string.Empty;

    [LoadColumn(1)]
    public bool Label { get; set; }

    [LoadColumn(2)]
    public float Weight { get; set; } = 1f;
}
