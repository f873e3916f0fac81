using System.Buffers.Binary;
using System.Text;
using SafeBrowse.Host.Messaging;

namespace SafeBrowse.Host.Tests.Fuzz;

/// <summary>
/// Lengths that lie and streams that end anywhere: the reader never holds more than the cap, and a browser that
/// disconnects mid-frame stops the host cleanly after every whole frame before it was answered.
/// </summary>
[TestClass]
public sealed class FramingFuzzTests(TestContext testContext)
{
    private const int QuickStreams = 100;
    private const int QuickDeclaredLengths = 12;
    private const int MaxFramesBeforeTheCut = 5;

    [TestMethod]
    public async Task Serve_InputEndsAnywhere_AnswersEveryWholeFrameAndStopsCleanly()
    {
        var seed = FuzzSettings.Seed();
        var streams = Math.Max(QuickStreams, FuzzSettings.Iterations(QuickStreams) / 100);
        var random = new Random(seed);
        var report = new FuzzReport(seed);
        await using var host = InProcessHost.Start();
        var live = host.Sessions.Open();
        var spare = host.Sessions.Open();
        var generator = new FrameGenerator(random, () => live, () => spare, declareHugeFrames: true);

        for (var stream = 0; stream < streams && !report.IsFull; stream++)
        {
            var whole = Enumerable.Range(0, random.Next(MaxFramesBeforeTheCut + 1)).Select(_ => generator.Next()).ToList();
            var input = new FrameSource(random);
            whole.ForEach(frame => input.Add(frame));
            var cut = Cut(input, generator.Next(), random);
            var served = await host.ServeAsync(input);

            if (Problem(whole, served, host.OffLoopTypes) is { } problem)
            {
                report.Add($"stream {stream}, input ended {cut}: {problem}");
            }
        }

        testContext.WriteLine($"{streams} streams, {FuzzSettings.Replay(seed)}");
        Assert.IsEmpty(report.Problems, report.ToString());
    }

    [TestMethod]
    public async Task ReadAsync_DeclaredLengthsOverTheCap_SkipsTheBodyWithoutHoldingIt()
    {
        var seed = FuzzSettings.Seed();
        var random = new Random(seed);
        long[] edges = [FrameLimits.MaxInboundBytes + 1L, int.MaxValue, 1L << 31, uint.MaxValue];
        var declaredLengths = edges.Concat(Enumerable.Range(0, QuickDeclaredLengths)
            .Select(_ => random.NextInt64(FrameLimits.MaxInboundBytes + 1L, uint.MaxValue + 1L)));
        var next = Encoding.UTF8.GetBytes(ProbeHello.Json(0));

        foreach (var declared in declaredLengths)
        {
            var input = new FrameSource(random).Header(declared).Unseen(declared).Add(FuzzCase.Of("next", next));
            var reader = new NativeMessageReader(input);

            // The source answers synchronously, so the whole skip runs on this thread and its allocations are counted here.
            var before = GC.GetAllocatedBytesForCurrentThread();
            var skipped = await reader.ReadAsync(CancellationToken.None);
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            var following = await reader.ReadAsync(CancellationToken.None);

            var context = $"declared {declared} bytes, {FuzzSettings.Replay(seed)}";
            Assert.IsTrue(skipped!.IsOversized, context);
            Assert.AreEqual(declared, skipped.DeclaredLength, context);
            Assert.IsLessThan(FrameLimits.MaxInboundBytes, allocated, context);
            Assert.IsLessThanOrEqualTo(FrameLimits.MaxInboundBytes, input.LargestRead, context);
            CollectionAssert.AreEqual(next, following!.Body.ToArray(), context);
        }
    }

    private static string? Problem(List<FuzzCase> whole, ServedStream served, IReadOnlySet<string> offLoopTypes)
    {
        var replies = ReplyOrder.Restore(whole, served.Replies, offLoopTypes);
        for (var index = 0; index < whole.Count; index++)
        {
            if (replies[index] is not { } reply)
            {
                return $"frame {index} got no reply\n    sent: {whole[index].Describe()}";
            }

            if (ReplyContract.Violation(whole[index], reply) is { } broken)
            {
                return $"frame {index}: {broken}\n    sent: {whole[index].Describe()}";
            }
        }

        if (served.Replies.Count != whole.Count)
        {
            return $"{served.Replies.Count} replies to {whole.Count} whole frames";
        }

        return served.StoppedCleanly ? null : $"the serving loop did not stop cleanly ({served.Failure?.ToString() ?? "it never asked the host to stop"})";
    }

    /// <summary>Ends the stream inside <paramref name="frame"/>, or cleanly before it.</summary>
    /// <returns>Where the stream ended, for the report.</returns>
    private static string Cut(FrameSource input, FuzzCase frame, Random random)
    {
        var header = new byte[FrameLimits.HeaderLength];
        BinaryPrimitives.WriteUInt32LittleEndian(header, (uint)frame.DeclaredLength);
        switch (random.Next(4))
        {
            case 0:
                return "at a frame boundary";
            case 1:
                var headerBytes = random.Next(1, FrameLimits.HeaderLength);
                input.Bytes(header[..headerBytes]);
                return $"after {headerBytes} header bytes";
            default:
                if (frame.DeclaredLength == 0)
                {
                    input.Header(1);
                    return "in a 1-byte body before its byte";
                }

                input.Header(frame.DeclaredLength);
                var bodyBytes = random.NextInt64(Math.Min(frame.DeclaredLength, 3L * FrameLimits.MaxInboundBytes));
                if (frame.Body.Length > 0)
                {
                    input.Bytes(frame.Body[..(int)bodyBytes]);
                }
                else
                {
                    input.Unseen(bodyBytes);
                }

                return $"after {bodyBytes} of {frame.DeclaredLength} body bytes ({frame.Shape})";
        }
    }
}
