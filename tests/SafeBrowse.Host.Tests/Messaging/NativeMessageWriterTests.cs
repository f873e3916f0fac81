using SafeBrowse.Host.Messaging;
using SafeBrowse.Host.Tests.Support;

namespace SafeBrowse.Host.Tests.Messaging;

[TestClass]
public sealed class NativeMessageWriterTests
{
    [TestMethod]
    public async Task WriteAsync_Body_PrefixesLittleEndianByteLength()
    {
        var output = new MemoryStream();
        using var writer = new NativeMessageWriter(output);

        await writer.WriteAsync("\"é\""u8.ToArray(), CancellationToken.None);

        CollectionAssert.AreEqual(new byte[] { 4, 0, 0, 0, (byte)'"', 0xC3, 0xA9, (byte)'"' }, output.ToArray());
    }

    [TestMethod]
    public async Task FirstFrameWritten_NothingWritten_IsPending()
    {
        using var writer = new NativeMessageWriter(new MemoryStream());

        await Assert.ThrowsExactlyAsync<FrameTooLargeException>(() => writer.WriteAsync(new byte[FrameLimits.MaxOutboundBytes + 1], CancellationToken.None));

        Assert.IsFalse(writer.FirstFrameWritten.IsCompleted);
    }

    [TestMethod]
    public async Task FirstFrameWritten_AfterTheFirstWrite_CompletesWithTheFrameOut()
    {
        var output = new MemoryStream();
        using var writer = new NativeMessageWriter(output);

        await writer.WriteAsync("{}"u8.ToArray(), CancellationToken.None);
        await writer.FirstFrameWritten.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.AreEqual(6, output.Length);
    }

    [TestMethod]
    public async Task WriteAsync_ExactlyTheLimit_IsWritten()
    {
        var output = new MemoryStream();
        using var writer = new NativeMessageWriter(output);

        await writer.WriteAsync(new byte[FrameLimits.MaxOutboundBytes], CancellationToken.None);

        Assert.AreEqual(FrameLimits.MaxOutboundBytes + 4, output.Length);
    }

    [TestMethod]
    public async Task WriteAsync_OverTheLimit_ThrowsAndWritesNothing()
    {
        var output = new MemoryStream();
        using var writer = new NativeMessageWriter(output);

        await Assert.ThrowsExactlyAsync<FrameTooLargeException>(() => writer.WriteAsync(new byte[FrameLimits.MaxOutboundBytes + 1], CancellationToken.None));

        Assert.AreEqual(0, output.Length);
    }

    [TestMethod]
    public async Task WriteAsync_ManyConcurrentWriters_FramesNeverInterleave()
    {
        var output = new MemoryStream();
        using var writer = new NativeMessageWriter(output);
        var bodies = Enumerable.Range(0, 200).Select(index => $"{{\"n\":\"{new string((char)('a' + (index % 26)), 5000)}\"}}").ToList();

        await Task.WhenAll(bodies.Select(body => Task.Run(() => writer.WriteAsync(System.Text.Encoding.UTF8.GetBytes(body), CancellationToken.None))));

        CollectionAssert.AreEquivalent(bodies, Frames.Split(output.ToArray()).ToList());
    }
}
