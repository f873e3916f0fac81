using System.Text;
using SafeBrowse.Host.Messaging;
using SafeBrowse.Host.Tests.Support;

namespace SafeBrowse.Host.Tests.Messaging;

[TestClass]
public sealed class NativeMessageReaderTests
{
    [TestMethod]
    public async Task ReadAsync_OneByteAtATime_ReturnsWholeFrames()
    {
        var input = new OneByteAtATimeStream(Frames.Concat(Frames.Of("{\"a\":1}"), Frames.Of("{\"b\":\"héllo ✓\"}")));
        var reader = new NativeMessageReader(input);

        var first = await reader.ReadAsync(CancellationToken.None);
        var second = await reader.ReadAsync(CancellationToken.None);
        var end = await reader.ReadAsync(CancellationToken.None);

        Assert.AreEqual("{\"a\":1}", Encoding.UTF8.GetString(first!.Body.Span));
        Assert.AreEqual("{\"b\":\"héllo ✓\"}", Encoding.UTF8.GetString(second!.Body.Span));
        Assert.IsNull(end);
    }

    [TestMethod]
    public async Task ReadAsync_ZeroLengthFrame_ReturnsEmptyBody()
    {
        var reader = new NativeMessageReader(new MemoryStream(Frames.Of([])));

        var frame = await reader.ReadAsync(CancellationToken.None);

        Assert.IsNotNull(frame);
        Assert.AreEqual(0, frame.Body.Length);
        Assert.IsFalse(frame.IsOversized);
    }

    [TestMethod]
    public async Task ReadAsync_OversizedFrame_SkipsBodyAndReadsNextFrame()
    {
        var oversized = Frames.Of(new byte[2048]);
        var input = new OneByteAtATimeStream(Frames.Concat(oversized, Frames.Of("{}")));
        var reader = new NativeMessageReader(input, maxFrameBytes: 1024);

        var refused = await reader.ReadAsync(CancellationToken.None);
        var next = await reader.ReadAsync(CancellationToken.None);

        Assert.IsTrue(refused!.IsOversized);
        Assert.AreEqual(2048, refused.DeclaredLength);
        Assert.AreEqual("{}", Encoding.UTF8.GetString(next!.Body.Span));
    }

    [TestMethod]
    public async Task ReadAsync_OversizedFrame_DoesNotAllocateItsDeclaredLength()
    {
        var header = new byte[] { 0xFF, 0xFF, 0xFF, 0x7F };
        var reader = new NativeMessageReader(new MemoryStream(header));

        var before = GC.GetAllocatedBytesForCurrentThread();
        await Assert.ThrowsExactlyAsync<EndOfStreamException>(() => reader.ReadAsync(CancellationToken.None));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.IsLessThan(1024 * 1024, allocated, $"allocated {allocated} bytes for a 2 GiB declared frame");
    }

    [TestMethod]
    public async Task ReadAsync_EndInsideHeader_Throws()
    {
        var reader = new NativeMessageReader(new MemoryStream([7, 0]));

        await Assert.ThrowsExactlyAsync<EndOfStreamException>(() => reader.ReadAsync(CancellationToken.None));
    }

    [TestMethod]
    public async Task ReadAsync_EndInsideBody_Throws()
    {
        var truncated = Frames.Of("{\"type\":\"hello\"}")[..10];
        var reader = new NativeMessageReader(new MemoryStream(truncated));

        await Assert.ThrowsExactlyAsync<EndOfStreamException>(() => reader.ReadAsync(CancellationToken.None));
    }
}
