using System.Diagnostics;
using SafeBrowse.Host.Messaging;

namespace SafeBrowse.Host.Tests.Fuzz;

/// <summary>
/// Fuzzes the native boundary in process, through the real reader, router, handlers and writer: every frame gets
/// exactly one well-formed reply that keeps the protocol's promises, and a hello after it is still answered.
/// </summary>
[TestClass]
public sealed class InProcessFuzzTests(TestContext testContext)
{
    private const int QuickIterations = 3_000;
    private const int FramesPerStream = 64;

    [TestMethod]
    public async Task Serve_FuzzedFrames_AnswersEachWithOneValidReplyAndKeepsServing()
    {
        var seed = FuzzSettings.Seed();
        var iterations = FuzzSettings.Iterations(QuickIterations);
        var random = new Random(seed);
        var report = new FuzzReport(seed);
        var elapsed = Stopwatch.StartNew();
        await using var host = InProcessHost.Start();
        var live = host.Sessions.Open();
        var spare = host.Sessions.Open();
        var generator = new FrameGenerator(random, () => live, () => spare, declareHugeFrames: true);

        for (var first = 0; first < iterations && !report.IsFull; first += FramesPerStream)
        {
            // Time moves between streams, so PIN delays run out, sessions expire and weeks turn.
            host.Clock.Advance(TimeSpan.FromSeconds(random.Next(0, 1_800)));
            live = host.Sessions.Open();
            spare = host.Sessions.Open();
            var sent = Enumerable.Range(0, Math.Min(FramesPerStream, iterations - first)).Select(_ => generator.Next()).ToList();
            var input = new FrameSource(random);
            for (var index = 0; index < sent.Count; index++)
            {
                input.Add(sent[index]).Add(ProbeHello.For(first + index));
            }

            var served = await host.ServeAsync(input);
            Check(first, sent, served, host.OffLoopTypes, input.LargestRead, report);
        }

        testContext.WriteLine($"{iterations} frames in {elapsed.Elapsed.TotalSeconds:F1} s, {FuzzSettings.Replay(seed)}");
        Assert.IsEmpty(report.Problems, report.ToString());
    }

    private static void Check(int first, List<FuzzCase> sent, ServedStream served, IReadOnlySet<string> offLoopTypes, int largestRead, FuzzReport report)
    {
        var replies = ReplyOrder.Restore([.. sent.SelectMany((frame, index) => new[] { frame, ProbeHello.For(first + index) })], served.Replies, offLoopTypes);
        for (var index = 0; index < sent.Count; index++)
        {
            var frame = first + index;
            if (replies[2 * index] is not { } reply || replies[(2 * index) + 1] is not { } probe)
            {
                var why = served.Failure is { } failure ? $"{failure.GetType().Name}: {failure.Message}" : "no exception";
                report.Add(frame, $"the host stopped answering ({why})", sent[index]);
                return;
            }

            if (ReplyContract.Violation(sent[index], reply) is { } broken)
            {
                report.Add(frame, broken, sent[index]);
            }

            if (ProbeHello.Violation(frame, probe) is { } deaf)
            {
                report.Add(frame, deaf, sent[index]);
            }
        }

        if (served.Replies.Count != 2 * sent.Count)
        {
            report.Add($"frames {first}+: {served.Replies.Count} replies to {2 * sent.Count} frames");
        }

        if (!served.StoppedCleanly)
        {
            report.Add($"frames {first}+: the serving loop did not stop cleanly at the end of input ({served.Failure?.GetType().Name ?? "no stop requested"})");
        }

        if (largestRead > FrameLimits.MaxInboundBytes)
        {
            report.Add($"frames {first}+: the reader asked for {largestRead} bytes at once, over the {FrameLimits.MaxInboundBytes}-byte cap");
        }
    }
}
