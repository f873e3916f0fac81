using System.Security.Cryptography;
using SafeBrowse.Models;

namespace SafeBrowse.Training;

/// <summary>
/// Writes a model's tables beside it, from the model file loaded through ML.NET as the host would load it, so the
/// tables hold exactly what that load computes and name the file they came from.
/// </summary>
internal static class ModelTables
{
    /// <exception cref="InvalidDataException">The model file does not load, or has no direct computation to write.</exception>
    public static void Write(string modelDirectory)
    {
        var scorer = MessageScorerLoader.LoadThroughMlNet(modelDirectory);
        if (!scorer.UsesLinearModel)
        {
            throw new InvalidDataException($"{ModelFiles.ModelFileName} is not shaped as SafeBrowse.Training writes it: it has no tables.");
        }

        var tablesPath = Path.Combine(modelDirectory, ModelFiles.TablesFileName);
        var writing = tablesPath + ".writing";
        using (var tables = File.Create(writing))
        {
            scorer.WriteTables(tables, SHA256.HashData(File.ReadAllBytes(Path.Combine(modelDirectory, ModelFiles.ModelFileName))));
        }

        File.Move(writing, tablesPath, overwrite: true);
    }
}
