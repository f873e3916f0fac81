namespace SafeBrowse.Models;

/// <summary>File names of a model directory.</summary>
public static class ModelFiles
{
    public const string ModelFileName = "safebrowse-model.zip";
    public const string InfoFileName = "model-info.json";

    /// <summary>The model's n-gram tables and weights, written from it by SafeBrowse.Training, read without ML.NET.</summary>
    public const string TablesFileName = "safebrowse-model.tables";
}
