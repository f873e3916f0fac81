using SafeBrowse.Host.CommandLine;
using SafeBrowse.Host.Hosting;

namespace SafeBrowse.Host.Tests.CommandLine;

[TestClass]
public sealed class HostCommandLineTests
{
    private static readonly Func<string, string?> NoEnvironment = _ => null;

    [TestMethod]
    public void Parse_ChromiumOrigin_ServesThatCaller()
    {
        var parsed = HostCommandLine.Parse(["chrome-extension://abc/", "--parent-window=0"], NoEnvironment);

        Assert.IsNull(parsed.CommandName);
        Assert.AreEqual("chrome-extension://abc/", parsed.Caller!.Identity);
        Assert.IsFalse(parsed.Caller.IsFirefox);
    }

    [TestMethod]
    public void Parse_FirefoxManifestAndAddOnId_ServesTheAddOn()
    {
        var parsed = HostCommandLine.Parse(["/home/a/.mozilla/native-messaging-hosts/org.safebrowse.host.json", "safebrowse@safebrowse.org"], NoEnvironment);

        Assert.IsNull(parsed.CommandName);
        Assert.AreEqual("safebrowse@safebrowse.org", parsed.Caller!.Identity);
        Assert.IsTrue(parsed.Caller.IsFirefox);
    }

    [TestMethod]
    [DataRow("--data-dir", "/tmp/one", "install")]
    [DataRow("install", "--data-dir", "/tmp/one")]
    public void Parse_DataDirAnywhere_IsTaken(string first, string second, string third)
    {
        var parsed = HostCommandLine.Parse([first, second, third], NoEnvironment);

        Assert.AreEqual("install", parsed.CommandName);
        Assert.IsEmpty(parsed.CommandArguments);
        Assert.AreEqual("/tmp/one", parsed.DataDirectory);
    }

    [TestMethod]
    public void Parse_DataDirWithEquals_IsTaken()
    {
        var parsed = HostCommandLine.Parse(["--data-dir=/tmp/two", "--version"], NoEnvironment);

        Assert.AreEqual("/tmp/two", parsed.DataDirectory);
        Assert.AreEqual("--version", parsed.CommandName);
    }

    [TestMethod]
    public void Parse_EnvironmentVariable_IsUsedWhenNoOption()
    {
        var parsed = HostCommandLine.Parse(["chrome-extension://abc/"], name => name == "SAFEBROWSE_DATA_DIR" ? "/tmp/env" : null);

        Assert.AreEqual("/tmp/env", parsed.DataDirectory);
    }

    [TestMethod]
    public void Parse_OptionBeatsEnvironmentVariable()
    {
        var parsed = HostCommandLine.Parse(["--data-dir", "/tmp/option", "chrome-extension://abc/"], _ => "/tmp/env");

        Assert.AreEqual("/tmp/option", parsed.DataDirectory);
    }

    [TestMethod]
    public void Parse_CommandWithOptions_KeepsThemForTheCommand()
    {
        var parsed = HostCommandLine.Parse(["scan", "--input", "a.jsonl", "--data-dir", "/tmp/d"], NoEnvironment);

        Assert.AreEqual("scan", parsed.CommandName);
        CollectionAssert.AreEqual(new[] { "--input", "a.jsonl" }, parsed.CommandArguments.ToList());
        Assert.AreEqual("/tmp/d", parsed.DataDirectory);
    }

    [TestMethod]
    public void Parse_DataDirWithoutFolder_Throws()
    {
        Assert.ThrowsExactly<CommandLineException>(() => HostCommandLine.Parse(["--data-dir"], NoEnvironment));
    }

    [TestMethod]
    public void Find_UnknownCommand_Throws()
    {
        Assert.ThrowsExactly<CommandLineException>(() => HostCommands.Find("frobnicate"));
    }

    [TestMethod]
    public void Usage_ListsEveryCommand()
    {
        foreach (var command in HostCommands.All)
        {
            Assert.Contains(command.Usage, HostCommands.Usage);
        }
    }

    [TestMethod]
    public void Parse_Nothing_Throws()
    {
        Assert.ThrowsExactly<CommandLineException>(() => HostCommandLine.Parse([], NoEnvironment));
    }
}
