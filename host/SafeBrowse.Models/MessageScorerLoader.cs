using System.Security.Cryptography;
using System.Text.Json;
using SafeBrowse.Detection;

namespace SafeBrowse.Models;

/// <summary>
/// Loads the committed model from its folder: from the tables beside it when they were written for this model file,
/// otherwise through ML.NET. Never throws; falls back to category evidence alone.
/// </summary>
public static class MessageScorerLoader
{
    // The tables are a few megabytes.
    private const long MaxTablesBytes = 64L * 1024 * 1024;

    public static LoadedScorer Load(string modelDirectory)
    {
        if (string.IsNullOrWhiteSpace(modelDirectory) || !Directory.Exists(modelDirectory))
        {
            return ModelScorerFactory.Fallback("model directory not found");
        }

        var modelPath = Path.Combine(modelDirectory, ModelFiles.ModelFileName);
        var infoPath = Path.Combine(modelDirectory, ModelFiles.InfoFileName);
        if (!File.Exists(modelPath))
        {
            return ModelScorerFactory.Fallback($"{ModelFiles.ModelFileName} not found");
        }

        if (!File.Exists(infoPath))
        {
            return ModelScorerFactory.Fallback($"{ModelFiles.InfoFileName} not found");
        }

        string version;
        try
        {
            version = ReadVersion(infoPath);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or JsonException or InvalidDataException)
        {
            return ModelScorerFactory.Fallback($"{ModelFiles.InfoFileName} is unreadable ({error.GetType().Name})");
        }

        byte[] modelBytes;
        try
        {
            modelBytes = File.ReadAllBytes(modelPath);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return ModelScorerFactory.Fallback($"{ModelFiles.ModelFileName} is unreadable ({error.GetType().Name})");
        }

        var (fromTables, tablesNotUsed) = FromTables(Path.Combine(modelDirectory, ModelFiles.TablesFileName), modelBytes, version);
        if (fromTables is not null)
        {
            return fromTables;
        }

        using var model = new MemoryStream(modelBytes, writable: false);
        return ModelScorerFactory.FromModel(model, version, ModelFiles.ModelFileName) with { TablesNotUsed = tablesNotUsed };
    }

    /// <summary>
    /// The folder's zip loaded through ML.NET whatever lies beside it, with its direct computation ready: what the
    /// tables are written from, and what tests and benchmarks hold them to.
    /// </summary>
    /// <exception cref="InvalidDataException">The zip does not load.</exception>
    public static MlMessageScorer LoadThroughMlNet(string modelDirectory)
    {
        using var model = File.OpenRead(Path.Combine(modelDirectory, ModelFiles.ModelFileName));
        var loaded = ModelScorerFactory.FromModel(model, "reference", ModelFiles.ModelFileName);
        var scorer = loaded.Scorer as MlMessageScorer ?? throw new InvalidDataException(loaded.LoadError);
        scorer.FastPathReady.Wait();
        return scorer;
    }

    /// <summary>The scorer from the tables beside the model, which keeps ML.NET out of the process; or why not.</summary>
    private static (LoadedScorer? Loaded, string? NotUsed) FromTables(string tablesPath, byte[] modelBytes, string version)
    {
        var (tables, problem) = ModelFileReader.Read(tablesPath, MaxTablesBytes);
        if (tables is null)
        {
            return (null, problem);
        }

        try
        {
            return (ModelScorerFactory.FromTables(tables, SHA256.HashData(modelBytes), version), null);
        }
        catch (InvalidDataException error)
        {
            return (null, $"{ModelFiles.TablesFileName}: {error.Message}");
        }
    }

    private static string ReadVersion(string infoPath)
    {
        using var stream = File.OpenRead(infoPath);
        using var document = JsonDocument.Parse(stream);
        if (document.RootElement.ValueKind == JsonValueKind.Object
            && document.RootElement.TryGetProperty("version", out var version)
            && version.ValueKind == JsonValueKind.String
            && !string.IsNullOrWhiteSpace(version.GetString()))
        {
            return version.GetString()!;
        }

        throw new InvalidDataException("model-info.json has no version");
    }
}
