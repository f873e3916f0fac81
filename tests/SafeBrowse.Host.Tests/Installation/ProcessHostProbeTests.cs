using System.Runtime.Versioning;
using SafeBrowse.Host.Installation;

namespace SafeBrowse.Host.Tests.Installation;

[TestClass]
[UnsupportedOSPlatform("windows")]
public sealed class ProcessHostProbeTests
{
    private string folder = null!;

    [TestInitialize]
    public void CreateFolder() => folder = Directory.CreateTempSubdirectory("safebrowse-probe-").FullName;

    [TestCleanup]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    private string Script(string body)
    {
        var path = Path.Combine(folder, "host.sh");
        File.WriteAllText(path, "#!/bin/sh\n" + body + "\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    [TestMethod]
    public async Task HelloAsync_BuiltHost_AnswersWithItsVersion()
    {
        var host = Path.Combine(AppContext.BaseDirectory, "safebrowse-host");
        var probe = new ProcessHostProbe(TimeProvider.System, TimeSpan.FromSeconds(20));

        var result = await probe.HelloAsync(host, BrowserFamily.Chromium, Path.Combine(folder, "org.safebrowse.host.json"));

        Assert.IsTrue(result.Answered, result.Failure);
        Assert.AreEqual("0.1.0", result.HostVersion);
        Assert.IsNotNull(result.ModelState);
    }

    [TestMethod]
    public async Task HelloAsync_HostThatNeverAnswers_TimesOut()
    {
        var probe = new ProcessHostProbe(TimeProvider.System, TimeSpan.FromMilliseconds(300));

        var result = await probe.HelloAsync(Script("exec sleep 30"), BrowserFamily.Chromium, "unused.json");

        Assert.IsFalse(result.Answered);
        Assert.AreEqual("it did not answer within 0.3 s", result.Failure);
    }

    [TestMethod]
    public async Task HelloAsync_HostThatExits_SaysSoWithItsError()
    {
        var probe = new ProcessHostProbe(TimeProvider.System, TimeSpan.FromSeconds(5));

        var result = await probe.HelloAsync(Script("echo 'libicu missing' >&2; exit 1"), BrowserFamily.Firefox, "unused.json");

        Assert.AreEqual("it exited without answering; it said: libicu missing", result.Failure);
    }

    [TestMethod]
    public async Task HelloAsync_HostThatPrintsText_SaysItIsNotANativeMessage()
    {
        var probe = new ProcessHostProbe(TimeProvider.System, TimeSpan.FromSeconds(5));

        var result = await probe.HelloAsync(Script("echo 'debug: hello'; sleep 1"), BrowserFamily.Chromium, "unused.json");

        Assert.StartsWith("it wrote something that is not a native message", result.Failure);
    }
}
