using System.Diagnostics;
using System.Globalization;
using Microsoft.ML;
using SafeBrowse.Detection;
using SafeBrowse.Models;

namespace SafeBrowse.Benchmarks;

/// <summary>
/// What BenchmarkDotNet does not show on a shared, noisy machine. BDN runs each benchmark in its own process, minutes
/// apart, so neighbours' load lands on one side of a ratio; here the naive loop and the production scorer alternate
/// batch by batch and message by message on one thread. Also: per-call latency percentiles (BDN reports means of
/// batches), the first model load of a process, and the working set after it.
/// </summary>
internal static class PairedReport
{
    private const int BatchSize = 4_000;
    private const int BatchRounds = 21;
    private const int LatencyMessages = 20_000;
    private const int LatencyBlock = 500;
    private const int WarmLoads = 5;
    private const int WarmupRounds = 5;

    public static void Run(TextWriter output)
    {
        var culture = CultureInfo.InvariantCulture;
        var before = WorkingSet();
        var cold = Stopwatch.StartNew();
        var loaded = MessageScorerLoader.Load(ModelDirectory.Path);
        cold.Stop();
        var afterLoad = WorkingSet();
        if (loaded.LoadError is not null)
        {
            throw new InvalidOperationException($"model did not load: {loaded.LoadError}");
        }


        var warmLoads = new double[WarmLoads];
        for (var index = 0; index < warmLoads.Length; index++)
        {
            var watch = Stopwatch.StartNew();
            MessageScorerLoader.Load(ModelDirectory.Path);
            warmLoads[index] = watch.Elapsed.TotalMilliseconds;
        }

        var context = new MLContext(1);
        var model = context.Model.Load(Path.Combine(ModelDirectory.Path, ModelFiles.ModelFileName), out _);
        var engine = context.Model.CreatePredictionEngine<ModelInput, ModelPrediction>(model);
        var scorer = loaded.Scorer;
        Func<string, float> production = message => scorer.Score(message).Probability;
        Func<string, float> naive = message => engine.Predict(new ModelInput { Text = TextNormalizer.Normalize(message) }).Probability;
        var beforeScorer = new BeforeScorer(MessageScorerLoader.LoadThroughMlNet(ModelDirectory.Path));
        Func<string, float> beforeChange = message => beforeScorer.Score(message).Probability;

        var batch = ChatMessages.Create(BatchSize);
        var (productionBatch, naiveBatch, ratios) = Batches(batch, production, naive);
        var (productionAgain, beforeBatch, beforeRatios) = Batches(batch, production, beforeChange);
        output.WriteLine();
        output.WriteLine(string.Create(culture, $"## Batch throughput, one thread, interleaved ({BatchRounds} rounds of {BatchSize:N0} messages each)"));
        output.WriteLine();
        output.WriteLine("| path | median ns/message | min ns/message | messages/s per core (median) |");
        output.WriteLine("|---|---:|---:|---:|");
        output.WriteLine(BatchRow("production Score", productionBatch, culture));
        output.WriteLine(BatchRow("naive normalise + PredictionEngine", naiveBatch, culture));
        output.WriteLine(BatchRow("production Score (second series)", productionAgain, culture));
        output.WriteLine(BatchRow("before: regex normaliser + every pattern + PredictionEngine", beforeBatch, culture));
        output.WriteLine();
        output.WriteLine(string.Create(culture, $"Speed-up over the naive loop, median of per-round ratios: {Median(ratios):F1}x (min {ratios.Min():F1}x, max {ratios.Max():F1}x)."));
        output.WriteLine(string.Create(culture, $"Speed-up over the scorer before this change, median of per-round ratios: {Median(beforeRatios):F1}x (min {beforeRatios.Min():F1}x, max {beforeRatios.Max():F1}x)."));

        var messages = ChatMessages.Create(LatencyMessages, seed: 7);
        var (productionLatency, naiveLatency) = Latencies(messages, production, naive);
        output.WriteLine();
        output.WriteLine(string.Create(culture, $"## Single-message latency, one thread, µs per call ({LatencyMessages:N0} calls each, alternating blocks of {LatencyBlock})"));
        output.WriteLine();
        output.WriteLine("| path | p50 | p90 | p99 | p99.9 | max | bytes allocated per message |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        output.WriteLine(LatencyRow("production Score", productionLatency, AllocatedPerMessage(messages, production), culture));
        output.WriteLine(LatencyRow("naive normalise + PredictionEngine", naiveLatency, AllocatedPerMessage(messages, naive), culture));
        var (_, beforeLatency) = Latencies(messages, production, beforeChange);
        output.WriteLine(LatencyRow("before: regex normaliser + every pattern + PredictionEngine", beforeLatency, AllocatedPerMessage(messages, beforeChange), culture));
        output.WriteLine();
        output.WriteLine(string.Create(culture, $"First MessageScorerLoader.Load in this process: {cold.Elapsed.TotalMilliseconds:F0} ms; warm loads (median of {WarmLoads}): {Median(warmLoads):F0} ms."));
        output.WriteLine(string.Create(culture, $"Working set: {before / 1048576.0:F0} MiB before the first load, {afterLoad / 1048576.0:F0} MiB after it (+{(afterLoad - before) / 1048576.0:F0} MiB)."));
    }

    private static (double[] Production, double[] Naive, double[] Ratios) Batches(string[] batch, Func<string, float> production, Func<string, float> naive)
    {
        // Tiered JIT recompiles hot code in the background; on a loaded machine that can take seconds.
        for (var warmup = 0; warmup < WarmupRounds; warmup++)
        {
            RunBatch(batch, production);
            RunBatch(batch, naive);
            Thread.Sleep(TimeSpan.FromMilliseconds(200));
        }

        var productionTimes = new double[BatchRounds];
        var naiveTimes = new double[BatchRounds];
        for (var round = 0; round < BatchRounds; round++)
        {
            // Alternate which goes first, so neither always follows the other.
            if (round % 2 == 0)
            {
                productionTimes[round] = RunBatch(batch, production);
                naiveTimes[round] = RunBatch(batch, naive);
            }
            else
            {
                naiveTimes[round] = RunBatch(batch, naive);
                productionTimes[round] = RunBatch(batch, production);
            }
        }

        return (productionTimes, naiveTimes, [.. naiveTimes.Zip(productionTimes, (slow, fast) => slow / fast)]);
    }

    private static double RunBatch(string[] batch, Func<string, float> score)
    {
        var start = Stopwatch.GetTimestamp();
        foreach (var message in batch)
        {
            score(message);
        }

        return Stopwatch.GetElapsedTime(start).TotalNanoseconds / batch.Length;
    }

    private static (double[] Production, double[] Naive) Latencies(string[] messages, Func<string, float> production, Func<string, float> naive)
    {
        // Blocks of messages alternate, so both paths see the same load but each keeps its own data in cache.
        var productionMicros = new double[messages.Length];
        var naiveMicros = new double[messages.Length];
        for (var block = 0; block < messages.Length; block += LatencyBlock)
        {
            var end = Math.Min(messages.Length, block + LatencyBlock);
            Time(messages, block, end, production, productionMicros);
            Time(messages, block, end, naive, naiveMicros);
        }

        Array.Sort(productionMicros);
        Array.Sort(naiveMicros);
        return (productionMicros, naiveMicros);
    }

    private static void Time(string[] messages, int start, int end, Func<string, float> score, double[] micros)
    {
        for (var index = start; index < end; index++)
        {
            var begin = Stopwatch.GetTimestamp();
            score(messages[index]);
            micros[index] = Stopwatch.GetElapsedTime(begin).TotalMicroseconds;
        }
    }

    private static double AllocatedPerMessage(string[] messages, Func<string, float> score)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        foreach (var message in messages)
        {
            score(message);
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / (double)messages.Length;
    }

    private static string BatchRow(string name, double[] nanos, CultureInfo culture) =>
        string.Create(culture, $"| {name} | {Median(nanos):F0} | {nanos.Min():F0} | {1e9 / Median(nanos):N0} |");

    private static string LatencyRow(string name, double[] sorted, double bytesPerMessage, CultureInfo culture) =>
        string.Create(culture, $"| {name} | {Percentile(sorted, 0.50):F2} | {Percentile(sorted, 0.90):F2} | {Percentile(sorted, 0.99):F2} | {Percentile(sorted, 0.999):F2} | {sorted[^1]:F0} | {bytesPerMessage:F0} |");

    private static double Percentile(double[] sorted, double quantile) =>
        sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        return sorted[sorted.Length / 2];
    }

    private static long WorkingSet()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64;
    }
}
