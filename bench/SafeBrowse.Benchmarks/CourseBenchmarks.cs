using BenchmarkDotNet.Attributes;
using SafeBrowse.Detection;

namespace SafeBrowse.Benchmarks;

/// <summary>
/// What following the conversation's course costs per message: <see cref="RiskEngine.Observe"/> over the same chat,
/// with the rules alone and with the committed sequence model. The scorer is the lexicon, so the engine's own work is
/// what is compared; one contact per 40 lines, a quarter of the lines the child's.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 15)]
public class CourseBenchmarks
{
    private const int BatchSize = 4_000;
    private const int LinesPerContact = 40;
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 16, 0, 0, TimeSpan.Zero);

    private ObservedMessage[] messages = [];
    private SequenceModel sequence = null!;
    private readonly LexiconScorer scorer = new();

    [GlobalSetup]
    public void Setup()
    {
        messages = [.. ChatMessages.Create(BatchSize).Select((text, index) => new ObservedMessage(
            "c-1",
            $"contact-{index / LinesPerContact}",
            index % 4 == 3 ? MessageDirection.Outgoing : MessageDirection.Incoming,
            text,
            Start.AddSeconds(index)))];
        sequence = SequenceModel.Parse(File.ReadAllBytes(Path.Combine(ModelDirectory.Path, SequenceModel.FileName)))
            ?? throw new InvalidDataException("the committed sequence model does not load");
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = BatchSize, Description = "RiskEngine.Observe, rules alone")]
    public int RulesAlone() => Run(new RiskEngine(scorer));

    [Benchmark(OperationsPerInvoke = BatchSize, Description = "RiskEngine.Observe, rules + course")]
    public int WithCourse() => Run(new RiskEngine(scorer, sequence: sequence));

    private int Run(RiskEngine engine)
    {
        var raised = 0;
        foreach (var message in messages)
        {
            raised += (int)engine.Observe(message).Level;
        }

        return raised;
    }
}
