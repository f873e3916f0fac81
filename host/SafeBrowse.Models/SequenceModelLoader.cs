using SafeBrowse.Detection;

namespace SafeBrowse.Models;

/// <summary>
/// Reads sequence-model.json from the model directory; never throws. Without it the rules decide alone, which is
/// protection still, only later: the reason is logged so the lapse is not silent.
/// </summary>
public static class SequenceModelLoader
{
    // The file is a few kilobytes; anything much larger is not one this version wrote.
    private const long MaxFileBytes = 64 * 1024;

    /// <returns>The model, or null and why not.</returns>
    public static (SequenceModel? Model, string? LoadError) Load(string modelDirectory)
    {
        var path = Path.Combine(modelDirectory, SequenceModel.FileName);
        try
        {
            var file = new FileInfo(path);
            if (!file.Exists)
            {
                return (null, $"{SequenceModel.FileName} not found");
            }

            if (file.Length > MaxFileBytes)
            {
                return (null, $"{SequenceModel.FileName} is too large");
            }

            return SequenceModel.Parse(File.ReadAllBytes(path)) is { } model
                ? (model, null)
                : (null, $"{SequenceModel.FileName} is damaged or was written for other features");
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return (null, $"{SequenceModel.FileName} is unreadable ({error.GetType().Name})");
        }
    }
}
