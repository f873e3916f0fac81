using SafeBrowse.Host.CommandLine;
using SafeBrowse.Host.Hosting;
using SafeBrowse.Host.Platform;

namespace SafeBrowse.Host.Tests.CommandLine;

/// <summary>Parsing, aliases, help, errors and completion of the commands a person types; no command's work runs here.</summary>
[TestClass]
public sealed class HostCommandLineTests : IDisposable
{
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    public void Dispose()
    {
        output.Dispose();
        error.Dispose();
    }

    private CommandContext Context(Func<string, string?>? environment = null) =>
        new(new CommandOutput(output, error), TimeProvider.System, environment ?? (_ => null));

    [TestMethod]
    [DataRow("--output")]
    [DataRow("--out")]
    public void Parse_DigestOutputOrItsOldName_SameValue(string name)
    {
        var parsed = HostCommands.Create(Context()).Parse(["digest", "--profile", "Ana", "--week", "2026-W48", name, "d.html", "--lang", "en"]);

        Assert.IsEmpty(parsed.Errors);
        Assert.AreEqual("d.html", parsed.GetValue<string>("--output"));
        Assert.AreEqual("en", parsed.GetValue<string>("--lang"));
    }

    [TestMethod]
    [DataRow("--output")]
    [DataRow("--out")]
    public void Parse_ScanOutputOrTheDigestsName_SameValue(string name)
    {
        var parsed = HostCommands.Create(Context()).Parse(["scan", "--input", "a.jsonl", name, "b.jsonl", "--profile", "Ana", "--record", "--start", "2026-11-23T16:00:00Z"]);

        Assert.IsEmpty(parsed.Errors);
        Assert.AreEqual("b.jsonl", parsed.GetValue<string>("--output"));
        Assert.AreEqual(new DateTimeOffset(2026, 11, 23, 16, 0, 0, TimeSpan.Zero), parsed.GetValue<DateTimeOffset?>("--start"));
    }

    [TestMethod]
    [DataRow("--data-dir", "/tmp/one", "doctor")]
    [DataRow("doctor", "--data-dir", "/tmp/one")]
    [DataRow("--data-dir=/tmp/one", "doctor", "--timeout=1")]
    public void Parse_DataDirBeforeOrAfterTheCommand_IsTaken(string first, string second, string third)
    {
        var context = Context(_ => "/tmp/env");

        var parsed = HostCommands.Create(context).Parse([first, second, third]);

        Assert.IsEmpty(parsed.Errors);
        Assert.AreEqual("/tmp/one", context.DataDirectoryOf(parsed));
    }

    [TestMethod]
    public void DataDirectoryOf_NoOption_TakesTheEnvironmentVariable()
    {
        var context = Context(name => name == "SAFEBROWSE_DATA_DIR" ? "/tmp/env" : null);

        Assert.AreEqual("/tmp/env", context.DataDirectoryOf(HostCommands.Create(context).Parse(["pin", "reset"])));
    }

    [TestMethod]
    [DataRow(new[] { "frobnicate" }, "frobnicate")]
    [DataRow(new[] { "install", "--purge" }, "--purge")]
    [DataRow(new[] { "pin" }, "command")]
    [DataRow(new[] { "doctor", "--timeout", "soon" }, "--timeout needs a number of seconds.")]
    [DataRow(new[] { "doctor", "--timeout", "0" }, "--timeout needs a number of seconds.")]
    [DataRow(new[] { "scan", "--output", "b.jsonl" }, "--input")]
    [DataRow(new[] { "scan", "--input", "a", "--output", "b", "--record" }, "--record and --profile NAME go together.")]
    [DataRow(new[] { "scan", "--input", "a", "--output", "b", "--start", "yesterday" }, "--start must be a time such as 2026-11-23T16:00:00Z.")]
    [DataRow(new[] { "digest", "--profile", "Ana", "--out", "d.html" }, "--week")]
    [DataRow(new[] { "digest", "--profile", "Ana", "--week", "48", "--out", "d.html" }, "--week must look like 2026-W48.")]
    [DataRow(new[] { "digest", "--profile", "Ana", "--week", "2026-W48", "--out", "d.html", "--lang", "fr" }, "--lang must be es or en.")]
    public async Task RunAsync_WrongCommandLine_SaysWhatIsWrongAndExits2(string[] args, string expected)
    {
        var exitCode = await HostCommands.RunAsync(args, Context());

        Assert.AreEqual(ExitCodes.UsageError, exitCode);
        Assert.Contains(expected, error.ToString());
        Assert.Contains("--help'.", error.ToString());
        Assert.AreEqual(string.Empty, output.ToString(), "nothing ran");
    }

    [TestMethod]
    public async Task RunAsync_NestedCommandWrong_PointsAtItsOwnHelp()
    {
        await HostCommands.RunAsync(["pin", "reset", "--purge"], Context());

        Assert.Contains("See 'safebrowse-host pin reset --help'.", error.ToString());
    }

    [TestMethod]
    [DataRow("--help")]
    [DataRow("-h")]
    public async Task RunAsync_Help_ListsEveryCommandAndTheDataFolder(string help)
    {
        var exitCode = await HostCommands.RunAsync([help], Context());

        Assert.AreEqual(ExitCodes.Success, exitCode);
        foreach (var command in new[] { "install", "uninstall", "repair", "pin", "doctor", "scan", "digest", "--data-dir", "--version" })
        {
            Assert.Contains(command, output.ToString());
        }
    }

    [TestMethod]
    public async Task RunAsync_DigestHelp_ShowsTheOldNameBesideTheNewOne()
    {
        var exitCode = await HostCommands.RunAsync(["digest", "--help"], Context());

        Assert.AreEqual(ExitCodes.Success, exitCode);
        Assert.Contains("--out, --output <FILE.html>", output.ToString());
        Assert.Contains("--week <YYYY-Www>", output.ToString());
    }

    [TestMethod]
    public async Task RunAsync_Version_PrintsTheVersionTheHelloReports()
    {
        var exitCode = await HostCommands.RunAsync(["--version"], Context());

        Assert.AreEqual(ExitCodes.Success, exitCode);
        Assert.AreEqual($"safebrowse-host {HostVersion.Current}", output.ToString().Trim());
    }

    [TestMethod]
    [DataRow("dig", "digest")]
    [DataRow("digest --la", "--lang")]
    [DataRow("scan --re", "--record")]
    [DataRow("pin re", "reset")]
    public async Task RunAsync_SuggestDirective_CompletesWhatWasTyped(string typed, string expected)
    {
        var exitCode = await HostCommands.RunAsync([$"[suggest:{typed.Length}]", typed], Context());

        Assert.AreEqual(ExitCodes.Success, exitCode);
        CollectionAssert.AreEqual(new[] { expected }, output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
    }
}
