using SafeBrowse.Detection;
using SafeBrowse.Models;

namespace SafeBrowse.Benchmarks;

/// <summary>Where the committed model lands in the build output (copied there by SafeBrowse.Detection).</summary>
internal static class ModelDirectory
{
    public static string Path { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "Model");

    /// <summary>The committed model loaded through ML.NET, as the host did before its tables, with its fast path ready.</summary>
    public static MlMessageScorer LoadThroughMlNet()
    {
        using var model = File.OpenRead(System.IO.Path.Combine(Path, ModelFiles.ModelFileName));
        var loaded = ModelScorerFactory.FromModel(model, "bench", ModelFiles.ModelFileName);
        var scorer = loaded.Scorer as MlMessageScorer ?? throw new InvalidOperationException($"model did not load: {loaded.LoadError}");
        scorer.FastPathReady.Wait();
        return scorer;
    }
}
