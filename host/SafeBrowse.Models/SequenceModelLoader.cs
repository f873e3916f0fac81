using SafeBrowse.Detection;

namespace SafeBrowse.Models;

/// <summary>
/// Reads sequence-model.json from the model directory; never throws. Without it the rules decide alone, which is
/// protection still, only later: the reason is logged so the lapse is not silent.
/// </summary>
public static class SequenceModelLoader
{
    // The file is a few kilobytes.
    private const long MaxFileBytes = 64 * 1024;

    /// <returns>The model, or null and why not.</returns>
    public static (SequenceModel? Model, string? LoadError) Load(string modelDirectory)
    {
        var (bytes, problem) = ModelFileReader.Read(Path.Combine(modelDirectory, SequenceModel.FileName), MaxFileBytes);
        if (bytes is null)
        {
            return (null, problem);
        }

        return SequenceModel.Parse(bytes) is { } model
            ? (model, null)
            : (null, $"{SequenceModel.FileName} is damaged or was written for other features");
    }
}
