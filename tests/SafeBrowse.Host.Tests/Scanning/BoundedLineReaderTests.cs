using System.Buffers;
using System.Text;
using SafeBrowse.Host.Scanning;
using SafeBrowse.Host.Tests.Support;

namespace SafeBrowse.Host.Tests.Scanning;

[TestClass]
public sealed class BoundedLineReaderTests
{
    private static async Task<(List<string> Lines, List<(long Number, long Length)> TooLong)> ReadAsync(byte[] content, int maxLineBytes = 1024)
    {
        var lines = new List<string>();
        var tooLong = new List<(long, long)>();
        var reader = new BoundedLineReader(new OneByteAtATimeStream(content), maxLineBytes);
        await reader.ReadAsync(
            (number, line) => lines.Add($"{number}:{Encoding.UTF8.GetString(line.ToArray())}"),
            (number, length) => tooLong.Add((number, length)),
            CancellationToken.None);
        return (lines, tooLong);
    }

    [TestMethod]
    public async Task ReadAsync_OneByteAtATime_ReturnsEveryLineWithItsNumber()
    {
        var (lines, tooLong) = await ReadAsync("first\nsecond ✓\r\n\nlast without newline"u8.ToArray());

        CollectionAssert.AreEqual(new[] { "1:first", "2:second ✓", "3:", "4:last without newline" }, lines);
        Assert.IsEmpty(tooLong);
    }

    [TestMethod]
    public async Task ReadAsync_LineOverTheCap_IsReportedAndTheNextLineStillRead()
    {
        var content = Encoding.UTF8.GetBytes("ok\n" + new string('x', 5000) + "\nafter\n");

        var (lines, tooLong) = await ReadAsync(content, maxLineBytes: 100);

        CollectionAssert.AreEqual(new[] { "1:ok", "3:after" }, lines);
        Assert.HasCount(1, tooLong);
        Assert.AreEqual(2, tooLong[0].Number);
        Assert.AreEqual(5000, tooLong[0].Length);
    }

    [TestMethod]
    public async Task ReadAsync_LastLineOverTheCapWithoutNewline_IsReported()
    {
        var (lines, tooLong) = await ReadAsync(Encoding.UTF8.GetBytes("ok\n" + new string('x', 500)), maxLineBytes: 100);

        CollectionAssert.AreEqual(new[] { "1:ok" }, lines);
        Assert.AreEqual((2L, 500L), tooLong.Single());
    }
}
