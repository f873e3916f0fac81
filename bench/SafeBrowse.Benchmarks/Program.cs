using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using SafeBrowse.Benchmarks;

// BenchmarkDotNet first (each class sets a short job, so the run takes a few minutes on two shared cores), then the
// paired report, which interleaves the naive loop and the production scorer so both see the same machine load.
const string PairedOnly = "--paired";
const string MemoryOnly = "--memory";
if (args.Contains(MemoryOnly))
{
    MemoryReport.Run(Console.Out);
    return;
}

if (!args.Contains(PairedOnly))
{
    // Reports go under bin/, which git ignores, not into the directory the command was run from.
    var config = DefaultConfig.Instance.WithArtifactsPath(Path.Combine(AppContext.BaseDirectory, "BenchmarkDotNet.Artifacts"));
    BenchmarkSwitcher.FromAssembly(typeof(ScoringBenchmarks).Assembly).Run(args, config);
}

PairedReport.Run(Console.Out);
