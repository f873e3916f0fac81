using SafeBrowse.Host.CommandLine;

namespace SafeBrowse.Host.Tests.CommandLine;

[TestClass]
public sealed class HostCommandLineTests
{
    private static readonly Func<string, string?> NoEnvironment = _ => null;

    [TestMethod]
    public void Parse_ChromiumOrigin_ServesThatCaller()
    {
        var parsed = HostCommandLine.Parse(["chrome-extension://abc/", "--parent-window=0"], NoEnvironment);

        Assert.AreEqual(HostCommand.Serve, parsed.Command);
        Assert.AreEqual("chrome-extension://abc/", parsed.Caller!.Identity);
        Assert.IsFalse(parsed.Caller.IsFirefox);
    }

    [TestMethod]
    public void Parse_FirefoxManifestAndAddOnId_ServesTheAddOn()
    {
        var parsed = HostCommandLine.Parse(["/home/a/.mozilla/native-messaging-hosts/org.safebrowse.host.json", "safebrowse@safebrowse.org"], NoEnvironment);

        Assert.AreEqual(HostCommand.Serve, parsed.Command);
        Assert.AreEqual("safebrowse@safebrowse.org", parsed.Caller!.Identity);
        Assert.IsTrue(parsed.Caller.IsFirefox);
    }

    [TestMethod]
    [DataRow("--data-dir", "/tmp/one", "install")]
    [DataRow("install", "--data-dir", "/tmp/one")]
    public void Parse_DataDirAnywhere_IsTaken(string first, string second, string third)
    {
        var parsed = HostCommandLine.Parse([first, second, third], NoEnvironment);

        Assert.AreEqual(HostCommand.Install, parsed.Command);
        Assert.AreEqual("/tmp/one", parsed.DataDirectory);
    }

    [TestMethod]
    public void Parse_DataDirWithEquals_IsTaken()
    {
        var parsed = HostCommandLine.Parse(["--data-dir=/tmp/two", "--version"], NoEnvironment);

        Assert.AreEqual("/tmp/two", parsed.DataDirectory);
        Assert.AreEqual(HostCommand.Version, parsed.Command);
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
    [DataRow("frobnicate")]
    [DataRow("--data-dir")]
    public void Parse_UnknownOrIncomplete_Throws(string argument)
    {
        Assert.ThrowsExactly<CommandLineException>(() => HostCommandLine.Parse([argument], NoEnvironment));
    }

    [TestMethod]
    public void Parse_Nothing_Throws()
    {
        Assert.ThrowsExactly<CommandLineException>(() => HostCommandLine.Parse([], NoEnvironment));
    }
}
