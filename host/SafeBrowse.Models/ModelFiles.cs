namespace SafeBrowse.Models;

/// <summary>File names of a model directory.</summary>
public static class ModelFiles
{
    public const string ModelFileName = "safebrowse-model.zip";
    public const string InfoFileName = "model-info.json";
}
