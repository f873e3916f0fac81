using SafeBrowse.Models;

namespace SafeBrowse.Detection.Tests;

/// <summary>A temporary copy of the committed model's folder, to break one file of it; deleted on dispose.</summary>
internal sealed class ModelCopy : IDisposable
{
    public ModelCopy(bool withTables)
    {
        Path = Directory.CreateTempSubdirectory("safebrowse-model-").FullName;
        var files = withTables ? new[] { ModelFiles.ModelFileName, ModelFiles.InfoFileName, ModelFiles.TablesFileName } : [ModelFiles.ModelFileName, ModelFiles.InfoFileName];
        foreach (var file in files)
        {
            File.Copy(System.IO.Path.Combine(TestScorers.ModelDirectory, file), System.IO.Path.Combine(Path, file));
        }
    }

    public string Path { get; }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
