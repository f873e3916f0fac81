using SafeBrowse.Detection;
using System.Text.Json;
using Microsoft.ML;

namespace SafeBrowse.Models;

/// <summary>Loads the committed model; never throws, falls back to category evidence alone.</summary>
public static class MessageScorerLoader
{
    private const int ModelSeed = 1;

    public static LoadedScorer Load(string modelDirectory)
    {
        if (string.IsNullOrWhiteSpace(modelDirectory) || !Directory.Exists(modelDirectory))
        {
            return Fallback("model directory not found");
        }

        var modelPath = Path.Combine(modelDirectory, ModelFiles.ModelFileName);
        var infoPath = Path.Combine(modelDirectory, ModelFiles.InfoFileName);
        if (!File.Exists(modelPath))
        {
            return Fallback($"{ModelFiles.ModelFileName} not found");
        }

        if (!File.Exists(infoPath))
        {
            return Fallback($"{ModelFiles.InfoFileName} not found");
        }

        string version;
        try
        {
            version = ReadVersion(infoPath);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or JsonException or InvalidDataException)
        {
            return Fallback($"{ModelFiles.InfoFileName} is unreadable ({error.GetType().Name})");
        }

        try
        {
            var context = new MLContext(ModelSeed);
            var model = context.Model.Load(modelPath, out _);
            var scorer = new MlMessageScorer(context, model);
            scorer.Predict("hola");
            return new LoadedScorer(scorer, version, null);
        }
#pragma warning disable CA1031 // A corrupt model can fail in many ML.NET ways; the host must keep running on the lexicon.
        catch (Exception error)
#pragma warning restore CA1031
        {
            return Fallback($"{ModelFiles.ModelFileName} is unreadable ({error.GetType().Name})");
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

    private static LoadedScorer Fallback(string reason) => new(new LexiconScorer(), null, reason);
}
