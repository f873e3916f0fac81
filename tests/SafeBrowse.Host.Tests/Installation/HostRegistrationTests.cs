using System.Text.Json;
using SafeBrowse.Host.Installation;

namespace SafeBrowse.Host.Tests.Installation;

[TestClass]
public sealed class HostRegistrationTests
{
    private string home = null!;
    private string hostPath = null!;

    [TestInitialize]
    public void CreateHome()
    {
        home = Directory.CreateTempSubdirectory("safebrowse-home-").FullName;
        hostPath = Path.Combine(home, "app", "safebrowse-host");
        Directory.CreateDirectory(Path.GetDirectoryName(hostPath)!);
        File.WriteAllText(hostPath, string.Empty);
    }

    [TestCleanup]
    public void DeleteHome() => Directory.Delete(home, recursive: true);

    private IReadOnlyList<BrowserLocation> Browsers(string? xdgConfig = null) =>
        BrowserLocations.ForCurrentUser(name => name switch
        {
            "HOME" => home,
            "XDG_CONFIG_HOME" => xdgConfig,
            _ => null,
        });

    [TestMethod]
    public void Install_ChromiumProfileExists_WritesManifestWithExactOriginAndNoBom()
    {
        Directory.CreateDirectory(Path.Combine(home, ".config", "chromium"));

        var exit = HostRegistration.Install(TextWriter.Null, Browsers(), hostPath, _ => false);

        var manifestPath = Path.Combine(home, ".config", "chromium", "NativeMessagingHosts", "org.safebrowse.host.json");
        var bytes = File.ReadAllBytes(manifestPath);
        var manifest = JsonDocument.Parse(bytes).RootElement;
        Assert.AreEqual(0, exit);
        Assert.AreNotEqual(0xEF, bytes[0]);
        Assert.AreEqual("org.safebrowse.host", manifest.GetProperty("name").GetString());
        Assert.AreEqual(hostPath, manifest.GetProperty("path").GetString());
        Assert.AreEqual("stdio", manifest.GetProperty("type").GetString());
        Assert.AreEqual("chrome-extension://kenkdnfcmdmplmpolpcjmdablipobohb/", manifest.GetProperty("allowed_origins")[0].GetString());
        Assert.IsFalse(manifest.TryGetProperty("allowed_extensions", out _));
    }

    [TestMethod]
    public void Install_FirefoxOnPath_WritesAllowedExtensions()
    {
        var exit = HostRegistration.Install(TextWriter.Null, Browsers(), hostPath, executable => executable == "firefox");

        var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(home, ".mozilla", "native-messaging-hosts", "org.safebrowse.host.json"))).RootElement;
        Assert.AreEqual(0, exit);
        Assert.AreEqual("safebrowse@safebrowse.org", manifest.GetProperty("allowed_extensions")[0].GetString());
        Assert.IsFalse(manifest.TryGetProperty("allowed_origins", out _));
    }

    [TestMethod]
    public void Install_XdgConfigHome_IsHonoured()
    {
        var xdg = Path.Combine(home, "xdg");
        Directory.CreateDirectory(Path.Combine(xdg, "google-chrome"));

        HostRegistration.Install(TextWriter.Null, Browsers(xdg), hostPath, _ => false);

        Assert.IsTrue(File.Exists(Path.Combine(xdg, "google-chrome", "NativeMessagingHosts", "org.safebrowse.host.json")));
    }

    [TestMethod]
    public void Install_NoBrowserFound_RegistersChromiumAndChrome()
    {
        var output = new StringWriter();

        HostRegistration.Install(output, Browsers(), hostPath, _ => false);

        Assert.IsTrue(File.Exists(Path.Combine(home, ".config", "chromium", "NativeMessagingHosts", "org.safebrowse.host.json")));
        Assert.IsTrue(File.Exists(Path.Combine(home, ".config", "google-chrome", "NativeMessagingHosts", "org.safebrowse.host.json")));
        Assert.IsFalse(Directory.Exists(Path.Combine(home, ".mozilla")));
        Assert.Contains("No browser found", output.ToString());
    }

    [TestMethod]
    public void Install_HostMissing_FailsAndWritesNothing()
    {
        var exit = HostRegistration.Install(TextWriter.Null, Browsers(), Path.Combine(home, "nowhere", "safebrowse-host"), _ => true);

        Assert.AreEqual(1, exit);
        Assert.IsFalse(Directory.Exists(Path.Combine(home, ".config")));
    }

    [TestMethod]
    public void Uninstall_AfterInstall_RemovesEveryManifest()
    {
        HostRegistration.Install(TextWriter.Null, Browsers(), hostPath, _ => true);

        HostRegistration.Uninstall(TextWriter.Null, Browsers());

        var left = Directory.EnumerateFiles(home, "org.safebrowse.host.json", SearchOption.AllDirectories).ToList();
        Assert.IsEmpty(left);
    }
}
