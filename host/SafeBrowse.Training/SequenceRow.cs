namespace SafeBrowse.Training;

/// <summary>One conversation prefix as ML.NET reads it; the vector's size is set in the schema (<see cref="SequenceTrainer"/>).</summary>
internal sealed class SequenceRow
{
    public float[] Features { get; set; } = [];

    public bool Label { get; set; }

    public float Weight { get; set; }
}
