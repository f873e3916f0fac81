using System.Collections.Concurrent;
using Microsoft.ML;

namespace SafeBrowse.Detection;

/// <summary>
/// Model probability on normalised text plus lexicon categories. Thread-safe. Scores through
/// <see cref="LinearTextModel"/> when the model has the trained shape and agrees with ML.NET on probe texts;
/// otherwise through ML.NET prediction engines, which are not thread-safe, so each call borrows one from a pool.
/// The direct computation is built in the background (reading 94k slot names takes a few hundred ms), so the scorer
/// is usable at once; until it is ready, scores come from the engines, which give the same probabilities.
/// </summary>
public sealed class MlMessageScorer : IMessageScorer
{
    /// <summary>How far the direct computation may stray from ML.NET's before it is refused.</summary>
    internal const float Tolerance = 1e-4f;

    private static readonly string[] Probes =
    [
        "hola", "how was school", "send me a pic of you", "no le digas a tus papas", "are you home alone",
        "que mas parce como vas", "zzqx", "a", "urltoken phonetoken numtoken", "im 13 and its 2 30",
    ];

    // The context and the model go together: one field, so a release on another thread never leaves half of them.
    private Engines? engines;
    private readonly ConcurrentBag<PredictionEngine<ModelInput, ModelPrediction>> pool = [];
    private readonly Task<LinearTextModel?> linear;

    public MlMessageScorer(MLContext context, ITransformer model)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(model);
        var loaded = new Engines(context, model);
        engines = loaded;
        pool.Add(loaded.Create());
        linear = Task.Run(() => BuildLinearModel(loaded));
    }

    /// <summary>Completes when the fast path is ready, or known not to fit this model.</summary>
    public Task FastPathReady => linear;

    /// <summary>Whether scoring runs on the direct computation rather than on ML.NET prediction engines.</summary>
    internal bool UsesLinearModel => linear.Result is not null;

    public MessageScore Score(string text)
    {
        var normalized = TextNormalizer.Normalize(text);
        return MessageScore.FromEvidence(normalized.Length == 0 ? 0f : Predict(normalized), CategoryLexicon.Match(normalized));
    }

    /// <summary>Model probability for text that is already normalised.</summary>
    public float Predict(string normalizedText)
    {
        ArgumentNullException.ThrowIfNull(normalizedText);
        var fast = linear.IsCompletedSuccessfully ? linear.Result : null;
        return fast is not null && (normalizedText.Length > 0 || engines is null) ? fast.Predict(normalizedText) : PredictWithEngine(normalizedText);
    }

    /// <summary>
    /// Lets ML.NET's copy of the model and its context go once the direct computation serves every score: its
    /// featurizer tables are tens of megabytes a long-running host would otherwise keep for nothing. Returns whether
    /// they were let go.
    /// </summary>
    public bool ReleaseEngines()
    {
        if (!linear.IsCompletedSuccessfully || linear.Result is null)
        {
            return false;
        }

        engines = null;
        pool.Clear();
        return true;
    }

    /// <summary>
    /// Writes the direct computation's tables for <see cref="LinearMessageScorer"/>, with ML.NET's own probability for
    /// each probe text to check them by when they are read.
    /// </summary>
    /// <param name="output">Where the tables go; left open.</param>
    /// <param name="modelHash">The SHA-256 of the model file this scorer was loaded from.</param>
    /// <exception cref="InvalidOperationException">The model has no direct computation, or its engines were released.</exception>
    public void WriteTables(Stream output, ReadOnlySpan<byte> modelHash)
    {
        var model = linear.GetAwaiter().GetResult() ?? throw new InvalidOperationException("This model has no direct computation to write.");
        LinearModelFile.Write(model, [.. Probes.Select(probe => (probe, PredictWithEngine(probe)))], modelHash, output);
    }

    /// <summary>The reference path: ML.NET's own prediction engine.</summary>
    internal float PredictWithEngine(string normalizedText)
    {
        // Read once: a release on another thread must not leave this call half on a model that is gone.
        var current = engines ?? throw new InvalidOperationException("ML.NET's engines were released; the direct computation scores.");
        if (!pool.TryTake(out var engine))
        {
            engine = current.Create();
        }

        try
        {
            var probability = engine.Predict(new ModelInput { Text = normalizedText }).Probability;
            return float.IsNaN(probability) ? 0f : probability;
        }
        finally
        {
            pool.Add(engine);
        }
    }

    private LinearTextModel? BuildLinearModel(Engines loaded)
    {
        try
        {
            var inputSchema = loaded.Context.Data.LoadFromEnumerable(Array.Empty<ModelInput>()).Schema;
            var candidate = LinearModelExtractor.TryExtract(loaded.Model, inputSchema);

            // The first message would otherwise also pay for building the lexicon.
            CategoryLexicon.Match(Probes[0]);
            return candidate is not null && Probes.All(probe => Math.Abs(candidate.Predict(probe) - PredictWithEngine(probe)) <= Tolerance)
                ? candidate
                : null;
        }
#pragma warning disable CA1031 // Whatever goes wrong here, the engines still score correctly.
        catch (Exception)
#pragma warning restore CA1031
        {
            return null;
        }
    }

    private sealed record Engines(MLContext Context, ITransformer Model)
    {
        public PredictionEngine<ModelInput, ModelPrediction> Create() =>
            Context.Model.CreatePredictionEngine<ModelInput, ModelPrediction>(Model);
    }
}
