using System.Collections.Concurrent;
using Microsoft.ML;

namespace SafeBrowse.Detection;

/// <summary>
/// Model probability on normalised text plus lexicon categories. Thread-safe: prediction engines are
/// not, so each call borrows one from a small pool.
/// </summary>
public sealed class MlMessageScorer : IMessageScorer
{
    private readonly MLContext context;
    private readonly ITransformer model;
    private readonly ConcurrentBag<PredictionEngine<ModelInput, ModelPrediction>> pool = [];

    public MlMessageScorer(MLContext context, ITransformer model)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(model);
        this.context = context;
        this.model = model;
        pool.Add(CreateEngine());
    }

    public MessageScore Score(string text)
    {
        var normalized = TextNormalizer.Normalize(text);
        var evidence = CategoryLexicon.Match(normalized);
        var probability = normalized.Length == 0 ? 0f : Predict(normalized);
        return new MessageScore(probability, [.. evidence.Select(item => item.Category)]) { Evidence = evidence };
    }

    /// <summary>Model probability for text that is already normalised.</summary>
    public float Predict(string normalizedText)
    {
        if (!pool.TryTake(out var engine))
        {
            engine = CreateEngine();
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

    private PredictionEngine<ModelInput, ModelPrediction> CreateEngine() =>
        context.Model.CreatePredictionEngine<ModelInput, ModelPrediction>(model);
}
