using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using SafeBrowse.Detection;
using SafeBrowse.Models;

namespace SafeBrowse.Benchmarks;

/// <summary>Loading the committed model in a warm process (the cold first load is in the latency report).</summary>
[MemoryDiagnoser]
[MedianColumn]
[MinColumn]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 7)]
public class LoadBenchmarks
{
#pragma warning disable CA1822 // BenchmarkDotNet runs instance methods.
    [Benchmark(Description = "MessageScorerLoader.Load")]
    public LoadedScorer Load() => MessageScorerLoader.Load(ModelDirectory.Path);
#pragma warning restore CA1822
}
