using System.Diagnostics;
using System.IO.Compression;
using System.Text;

namespace SafeBrowse.Host.Tests.Integration;

[TestClass]
public sealed class ScanCommandTests
{
    private string folder = null!;

    [TestInitialize]
    public void CreateFolder() => folder = Directory.CreateTempSubdirectory("safebrowse-scan-").FullName;

    [TestCleanup]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    private static async Task<(int ExitCode, string Error)> RunScanAsync(string input, string output)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "safebrowse-host.dll"), "scan", "--input", input, "--output", output })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, error);
    }

    private string WriteGzip(string name, string content)
    {
        var path = Path.Combine(folder, name);
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        gzip.Write(Encoding.UTF8.GetBytes(content));
        return path;
    }

    [TestMethod]
    public async Task Scan_GzipInput_WritesDecisionsAndSummarises()
    {
        var input = WriteGzip("chats.jsonl.gz", """
            {"id":"es-1","messages":[{"from":"contact","text":"cuantos años tienes?"},{"from":"child","text":"12"},{"from":"contact","text":"no le digas a tus papas que hablamos"},{"from":"contact","text":"mandame una foto tuya"}]}
            {"id":"en-1","messages":[{"from":"contact","text":"see you at practice"}]}
            """);
        var output = Path.Combine(folder, "decisions.jsonl");

        var (exitCode, error) = await RunScanAsync(input, output);

        var lines = await File.ReadAllLinesAsync(output);
        Assert.AreEqual(0, exitCode, error);
        Assert.HasCount(2, lines);
        StringAssert.StartsWith(lines[0], """{"id":"es-1","level":"alert","first_notice":""");
        StringAssert.StartsWith(lines[1], """{"id":"en-1","level":"none","first_notice":null,"first_alert":null""");
        Assert.Contains("2 conversations (5 messages)", error);
    }

    [TestMethod]
    public async Task Scan_BadLine_IsReportedAndExitCodeSaysSo()
    {
        var input = Path.Combine(folder, "chats.jsonl");
        await File.WriteAllTextAsync(input, "{\"id\":\"a\",\"messages\":[]}\nnot json\n");

        var (exitCode, error) = await RunScanAsync(input, Path.Combine(folder, "out.jsonl"));

        Assert.AreEqual(1, exitCode);
        Assert.Contains("line 2: skipped", error);
    }

    [TestMethod]
    public async Task Scan_MissingInput_SaysSoAndFails()
    {
        var (exitCode, error) = await RunScanAsync(Path.Combine(folder, "nope.jsonl"), Path.Combine(folder, "out.jsonl"));

        Assert.AreEqual(2, exitCode);
        Assert.Contains("does not exist", error);
    }
}
