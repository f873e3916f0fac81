using Microsoft.Extensions.DependencyInjection;
using SafeBrowse.Host.Messaging;
using SafeBrowse.Host.Tests.Support;

namespace SafeBrowse.Host.Tests.Hosting;

[TestClass]
public sealed class ServingLoopTests
{
    // Only a host that never answers waits this long; a working one answers in milliseconds.
    private static readonly TimeSpan HangBound = TimeSpan.FromSeconds(30);

    [TestMethod]
    public void AddSafeBrowseHost_PinHandlers_AreTheOnesOffTheServingLoop()
    {
        using var host = ServingHost.Start();

        var offLoop = host.Services.GetServices<IRequestHandler>().Where(handler => handler.RunsOffServingLoop).Select(handler => handler.Type);

        CollectionAssert.AreEquivalent(new[] { "parent.unlock", "parent.set-pin" }, offLoop.ToList());
    }

    [TestMethod]
    public async Task Serve_ScoreSentDuringPinCheck_IsAnsweredBeforeThePinCheckEnds()
    {
        using var host = ServingHost.Start(gateUnlock: true);
        var gated = host.GatedUnlock!;
        var input = new MemoryStream(Frames.Concat(
            Frames.Of("""{"v":1,"id":"pin","type":"parent.unlock","pin":"2468"}"""),
            Frames.Of(ConversationRequests.Score("score", ("c1", "friend", ConversationRequests.Benign)))));
        var output = new ObservedOutput();
        using var writer = new NativeMessageWriter(output);
        using var service = host.Serve(input, writer);

        var serving = ServeInBackground(service);
        await gated.Entered.WaitAsync(HangBound);
        await output.WhenWrittenAsync(1).WaitAsync(HangBound);

        // The PIN check is still held at its gate, and the score was answered all the same.
        Assert.HasCount(1, output.Frames);
        Assert.AreEqual("score", Replies.Id(Replies.Parse(output.Frames[0])));

        gated.Open();
        await serving.WaitAsync(HangBound);
        Assert.HasCount(2, output.Frames);
        Assert.AreEqual("pin", Replies.Id(Replies.Parse(output.Frames[1])));
    }

    [TestMethod]
    public async Task Serve_TwoPinRequests_AreAnsweredInTheOrderTheyCame()
    {
        using var host = ServingHost.Start(gateUnlock: true);
        var gated = host.GatedUnlock!;
        var input = new MemoryStream(Frames.Concat(
            Frames.Of("""{"v":1,"id":"unlock","type":"parent.unlock","pin":"2468"}"""),
            Frames.Of("""{"v":1,"id":"set","type":"parent.set-pin","pin":"2468","setupCode":"wrong"}"""),
            Frames.Of("""{"v":1,"id":"hello","type":"hello"}""")));
        var output = new ObservedOutput();
        using var writer = new NativeMessageWriter(output);
        using var service = host.Serve(input, writer);

        var serving = ServeInBackground(service);
        await gated.Entered.WaitAsync(HangBound);
        await output.WhenWrittenAsync(1).WaitAsync(HangBound);
        gated.Open();
        await serving.WaitAsync(HangBound);

        CollectionAssert.AreEqual(new[] { "hello", "unlock", "set" }, output.Frames.Select(frame => Replies.Id(Replies.Parse(frame))).ToList());
    }

    [TestMethod]
    public async Task Serve_InputEndsDuringPinCheck_AnswersItBeforeStopping()
    {
        using var host = ServingHost.Start(gateUnlock: true);
        var gated = host.GatedUnlock!;
        var input = new MemoryStream(Frames.Of("""{"v":1,"id":"pin","type":"parent.unlock","pin":"2468"}"""));
        var output = new ObservedOutput();
        using var writer = new NativeMessageWriter(output);
        using var service = host.Serve(input, writer);

        var serving = ServeInBackground(service);
        await gated.Entered.WaitAsync(HangBound);
        gated.Open();
        await serving.WaitAsync(HangBound);

        Assert.HasCount(1, output.Frames);
        Assert.AreEqual(ErrorCodes.PinNotSet, Replies.ErrorCode(Replies.Parse(output.Frames[0])));
    }

    private static Task ServeInBackground(SafeBrowse.Host.Hosting.NativeMessagingService service) => Task.Run(async () =>
    {
        await service.StartAsync(CancellationToken.None);
        await service.ExecuteTask!;
    });
}
