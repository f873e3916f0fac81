using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace SafeBrowse.Host.Tests.Integration;

/// <summary>`scan --profile NAME --record` then `digest`: a digest made from an exported chat file, as a parent would.</summary>
[TestClass]
public sealed class DigestCommandTests
{
    private string folder = null!;

    [TestInitialize]
    public void CreateFolder() => folder = Directory.CreateTempSubdirectory("safebrowse-digest-cli-").FullName;

    [TestCleanup]
    public void DeleteFolder()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    private string DataDirectory => Path.Combine(folder, "data");

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "safebrowse-host.dll"));
        foreach (var argument in arguments.Concat(["--data-dir", DataDirectory]))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, error);
    }

    private async Task<string> RecordChatsAsync()
    {
        var input = Path.Combine(folder, "chats.jsonl");
        await File.WriteAllTextAsync(input, """
            {"id":"lucas_14","messages":[{"from":"contact","text":"cuantos años tienes?"},{"from":"child","text":"12"},{"from":"contact","text":"yo tengo 24 pero la edad es solo un numero"},{"from":"contact","text":"no le digas a tus papas que hablamos"},{"from":"contact","text":"mandame una foto tuya"},{"from":"contact","text":"a que hora sales del colegio? te recojo"}]}
            {"id":"prima_ana","messages":[{"from":"contact","text":"hiciste la tarea de sociales?"},{"from":"child","text":"si, mañana te la muestro"}]}
            """);
        var (exitCode, _, error) = await RunAsync(
            "scan", "--input", input, "--output", Path.Combine(folder, "decisions.jsonl"), "--profile", "Sofía", "--record", "--start", "2026-11-24T21:00:00Z");
        Assert.AreEqual(0, exitCode, error);
        StringAssert.Contains(error, "created the child profile 'Sofía'");
        return error;
    }

    [TestMethod]
    [DataRow("es", "lang=\"es\"")]
    [DataRow("en", "lang=\"en\"")]
    public async Task Digest_AfterRecordingAChatFile_WritesThatWeeksPageInTheLanguageAsked(string language, string expectedLang)
    {
        var scanError = await RecordChatsAsync();
        var output = Path.Combine(folder, $"digest-{language}.html");

        var (exitCode, printed, error) = await RunAsync("digest", "--profile", "Sofía", "--week", "2026-W48", "--out", output, "--lang", language);

        Assert.AreEqual(0, exitCode, error);
        StringAssert.Contains(scanError, "recorded");
        StringAssert.Contains(printed, output);
        var html = await File.ReadAllTextAsync(output);
        StringAssert.Contains(html, expectedLang);
        StringAssert.Contains(html, "lucas_14");
        Assert.DoesNotContain("prima_ana", html, "a benign chat never reaches the parent");
        Assert.DoesNotContain("hiciste la tarea", html);
    }

    [TestMethod]
    public async Task Digest_UnknownProfile_SaysWhichProfilesExist()
    {
        await RecordChatsAsync();

        var (exitCode, _, error) = await RunAsync("digest", "--profile", "Nobody", "--week", "2026-W48", "--out", Path.Combine(folder, "x.html"));

        Assert.AreEqual(2, exitCode);
        StringAssert.Contains(error, "Known profiles: Sofía");
    }

    [TestMethod]
    public async Task Digest_BadWeek_ExplainsTheFormat()
    {
        var (exitCode, _, error) = await RunAsync("digest", "--profile", "Sofía", "--week", "48", "--out", Path.Combine(folder, "x.html"));

        Assert.AreEqual(2, exitCode);
        StringAssert.Contains(error, "2026-W48");
    }
}
