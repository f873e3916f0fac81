using SafeBrowse.Host.CommandLine;

namespace SafeBrowse.Host.Tests.CommandLine;

[TestClass]
public sealed class BrowserLaunchTests
{
    private static readonly Func<string, string?> NoEnvironment = _ => null;

    [TestMethod]
    public void TryRead_ChromiumOriginAndParentWindow_ServesThatCaller()
    {
        var launch = BrowserLaunch.TryRead(["chrome-extension://abc/", "--parent-window=0"], NoEnvironment);

        Assert.AreEqual("chrome-extension://abc/", launch!.Caller.Identity);
        Assert.IsFalse(launch.Caller.IsFirefox);
    }

    [TestMethod]
    public void TryRead_FirefoxManifestAndAddOnId_ServesTheAddOn()
    {
        var launch = BrowserLaunch.TryRead(["/home/a/.mozilla/native-messaging-hosts/org.safebrowse.host.json", "safebrowse@safebrowse.org"], NoEnvironment);

        Assert.AreEqual("safebrowse@safebrowse.org", launch!.Caller.Identity);
        Assert.IsTrue(launch.Caller.IsFirefox);
    }

    [TestMethod]
    [DataRow("--data-dir", "/tmp/one", "chrome-extension://abc/")]
    [DataRow("chrome-extension://abc/", "--data-dir", "/tmp/one")]
    public void TryRead_DataDirAnywhere_IsTaken(string first, string second, string third)
    {
        var launch = BrowserLaunch.TryRead([first, second, third], NoEnvironment);

        Assert.AreEqual("chrome-extension://abc/", launch!.Caller.Identity);
        Assert.AreEqual("/tmp/one", launch.DataDirectory);
    }

    [TestMethod]
    public void TryRead_DataDirWithEquals_IsTaken()
    {
        var launch = BrowserLaunch.TryRead(["--data-dir=/tmp/two", "chrome-extension://abc/"], NoEnvironment);

        Assert.AreEqual("/tmp/two", launch!.DataDirectory);
    }

    [TestMethod]
    public void TryRead_EnvironmentVariable_IsUsedWhenNoOption()
    {
        var launch = BrowserLaunch.TryRead(["chrome-extension://abc/"], name => name == "SAFEBROWSE_DATA_DIR" ? "/tmp/env" : null);

        Assert.AreEqual("/tmp/env", launch!.DataDirectory);
    }

    [TestMethod]
    public void TryRead_OptionBeatsEnvironmentVariable()
    {
        var launch = BrowserLaunch.TryRead(["--data-dir", "/tmp/option", "chrome-extension://abc/"], _ => "/tmp/env");

        Assert.AreEqual("/tmp/option", launch!.DataDirectory);
    }

    [TestMethod]
    [DataRow(new string[0])]
    [DataRow(new[] { "install" })]
    [DataRow(new[] { "scan", "--input", "a.json" })]
    [DataRow(new[] { "org.safebrowse.host.json" })]
    [DataRow(new[] { "chrome-extension://abc/", "--data-dir" })]
    public void TryRead_TypedCommandOrIncompleteLaunch_LeavesItToTheParser(string[] args)
    {
        Assert.IsNull(BrowserLaunch.TryRead(args, NoEnvironment));
    }
}
