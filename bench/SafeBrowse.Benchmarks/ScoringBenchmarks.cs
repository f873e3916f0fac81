using BenchmarkDotNet.Attributes;
using Microsoft.ML;
using SafeBrowse.Detection;
using SafeBrowse.Models;

namespace SafeBrowse.Benchmarks;

/// <summary>
/// One thread scoring a batch of chat lines. Times are per message (OperationsPerInvoke), so messages per second
/// per core is 1e9 / the mean in ns. The baseline is the naive loop: normalise, then one ML.NET PredictionEngine call.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[MinColumn]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class ScoringBenchmarks
{
    private const int BatchSize = 4_000;

    private string[] messages = [];
    private string[] normalized = [];
    private IMessageScorer scorer = null!;
    private MlMessageScorer modelScorer = null!;
    private PredictionEngine<ModelInput, ModelPrediction> engine = null!;
    private BeforeScorer before = null!;

    [GlobalSetup]
    public void Setup()
    {
        messages = ChatMessages.Create(BatchSize);
        normalized = [.. messages.Select(TextNormalizer.Normalize)];
        var loaded = MessageScorerLoader.Load(ModelDirectory.Path);
        scorer = loaded.Scorer;
        modelScorer = MessageScorerLoader.LoadThroughMlNet(ModelDirectory.Path);
        var context = new MLContext(1);
        var model = context.Model.Load(System.IO.Path.Combine(ModelDirectory.Path, ModelFiles.ModelFileName), out _);
        engine = context.Model.CreatePredictionEngine<ModelInput, ModelPrediction>(model);
        before = new BeforeScorer(modelScorer);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = BatchSize, Description = "naive: normalise + PredictionEngine")]
    public float NaivePredictionEngineLoop()
    {
        var sum = 0f;
        foreach (var message in messages)
        {
            sum += engine.Predict(new ModelInput { Text = TextNormalizer.Normalize(message) }).Probability;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = BatchSize, Description = "production: Score (normalise + lexicon + model)")]
    public float ProductionScore()
    {
        var sum = 0f;
        foreach (var message in messages)
        {
            var score = scorer.Score(message);
            sum += score.Probability + score.Categories.Count;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = BatchSize, Description = "before: Score (regex normaliser + every pattern + PredictionEngine)")]
    public float BeforeScore()
    {
        var sum = 0f;
        foreach (var message in messages)
        {
            var score = before.Score(message);
            sum += score.Probability + score.Categories.Count;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = BatchSize, Description = "part: TextNormalizer.Normalize")]
    public int NormalizeOnly()
    {
        var length = 0;
        foreach (var message in messages)
        {
            length += TextNormalizer.Normalize(message).Length;
        }

        return length;
    }

    [Benchmark(OperationsPerInvoke = BatchSize, Description = "part: CategoryLexicon.Match")]
    public int LexiconOnly()
    {
        var count = 0;
        foreach (var text in normalized)
        {
            count += CategoryLexicon.Match(text).Count;
        }

        return count;
    }

    [Benchmark(OperationsPerInvoke = BatchSize, Description = "part: model probability (linear)")]
    public float ModelOnly()
    {
        var sum = 0f;
        foreach (var text in normalized)
        {
            sum += modelScorer.Predict(text);
        }

        return sum;
    }
}
