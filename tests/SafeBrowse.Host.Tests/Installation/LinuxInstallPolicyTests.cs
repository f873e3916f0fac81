using System.Runtime.Versioning;
using System.Text.Json;
using SafeBrowse.Host.Installation;

namespace SafeBrowse.Host.Tests.Installation;

[TestClass]
[UnsupportedOSPlatform("windows")]
public sealed class LinuxInstallPolicyTests : IDisposable
{
    private const string ChromePolicy = "system/etc/opt/chrome/policies/managed/safebrowse.json";
    private const string FirefoxPolicies = "system/etc/firefox/policies/policies.json";
    private const string OtherFirefoxPolicies = """
        {"policies": {"DisableTelemetry": true, "ExtensionSettings": {"other@example.org": {"installation_mode": "blocked"}}}}
        """;

    private readonly InstallSandbox sandbox = new();

    public LinuxInstallPolicyTests() => sandbox.PublishHost("safebrowse-host");

    public void Dispose() => sandbox.Dispose();

    private InstallLayout Administrator => sandbox.Linux(administrator: true);

    private int Install(InstallScope scope = InstallScope.System, TextWriter? output = null) =>
        new HostInstaller(scope == InstallScope.System ? Administrator : sandbox.Linux(), output ?? TextWriter.Null, TimeProvider.System)
            .Install(scope, sandbox.Published, inPlace: false);

    private int Uninstall() => new HostUninstaller(Administrator, TextWriter.Null).Uninstall(InstallScope.System, purge: false);

    private async Task<string> DoctorAsync()
    {
        var output = new StringWriter();
        HostDoctor.Report(await new HostDoctor(Administrator, new FakeHostProbe()).DiagnoseAsync(), output);
        return output.ToString();
    }

    private JsonElement FirefoxEntry(string id) =>
        ManifestReading.Read(sandbox.At(FirefoxPolicies)).GetProperty("policies").GetProperty("ExtensionSettings").GetProperty(id);

    [TestMethod]
    public void Install_EveryAccountWithChrome_WritesAForcelistFileEveryAccountCanRead()
    {
        sandbox.AddProgramOnPath("google-chrome");

        Assert.AreEqual(0, Install());

        var policy = ManifestReading.Read(sandbox.At(ChromePolicy));
        CollectionAssert.AreEqual(
            new[] { $"{ExtensionStores.ChromeWebStore.Id};https://clients2.google.com/service/update2/crx" },
            ManifestReading.Strings(policy, "ExtensionInstallForcelist"));
        Assert.AreEqual(PolicyFiles.ReadableByAll, File.GetUnixFileMode(sandbox.At(ChromePolicy)));
        var receipt = InstallReceipts.Read(sandbox.At("system/opt/safebrowse"))!;
        Assert.AreEqual(sandbox.At(ChromePolicy), receipt.Policies!.Single(written => written.Browser == "Google Chrome").Location);
    }

    [TestMethod]
    public void Install_ThisAccountOnly_WritesNoPolicy()
    {
        sandbox.AddProgramOnPath("google-chrome");
        sandbox.AddProgramOnPath("firefox");

        Install(InstallScope.User);

        Assert.IsFalse(Directory.Exists(sandbox.At("system/etc")));
        Assert.IsEmpty(InstallReceipts.Read(sandbox.At("home/kid/.local/share/safebrowse/app"))!.Policies!);
    }

    [TestMethod]
    public void Install_FirefoxWithAnAdministratorsPoliciesJson_AddsForceInstalledAllowedInPrivateWindowsAndKeepsTheRest()
    {
        sandbox.AddProgramOnPath("firefox");
        sandbox.AddFile(FirefoxPolicies, OtherFirefoxPolicies);

        Install();

        var ours = FirefoxEntry("safebrowse@safebrowse.org");
        Assert.AreEqual("force_installed", ours.GetProperty("installation_mode").GetString());
        Assert.AreEqual(ExtensionStores.FirefoxAddOns.UpdateUrl, ours.GetProperty("install_url").GetString());
        Assert.IsTrue(ours.GetProperty("private_browsing").GetBoolean());
        Assert.AreEqual("blocked", FirefoxEntry("other@example.org").GetProperty("installation_mode").GetString());
        Assert.IsTrue(ManifestReading.Read(sandbox.At(FirefoxPolicies)).GetProperty("policies").GetProperty("DisableTelemetry").GetBoolean());
    }

    [TestMethod]
    public void Uninstall_FirefoxPoliciesJsonItDidNotCreate_TakesOutOnlyItsOwnEntry()
    {
        sandbox.AddProgramOnPath("firefox");
        sandbox.AddFile(FirefoxPolicies, OtherFirefoxPolicies);
        Install();

        Uninstall();

        var settings = ManifestReading.Read(sandbox.At(FirefoxPolicies)).GetProperty("policies").GetProperty("ExtensionSettings");
        CollectionAssert.AreEqual(new[] { "other@example.org" }, settings.EnumerateObject().Select(entry => entry.Name).ToList());
    }

    [TestMethod]
    public void Uninstall_EveryAccount_RemovesExactlyThePoliciesInstallWrote()
    {
        foreach (var program in new[] { "google-chrome", "chromium", "microsoft-edge", "brave-browser", "firefox" })
        {
            sandbox.AddProgramOnPath(program);
        }

        var before = sandbox.Snapshot();
        Install();
        Assert.IsTrue(File.Exists(sandbox.At("system/etc/brave/policies/managed/safebrowse.json")));

        Assert.AreEqual(0, Uninstall());

        CollectionAssert.AreEqual(before.ToList(), sandbox.Snapshot().ToList());
    }

    [TestMethod]
    public void Install_UnreadablePoliciesJson_LeavesItAsItIsAndSaysSo()
    {
        sandbox.AddProgramOnPath("firefox");
        sandbox.AddFile(FirefoxPolicies, "{ not json");
        var output = new StringWriter();

        Assert.AreEqual(0, Install(output: output));

        Assert.AreEqual("{ not json", File.ReadAllText(sandbox.At(FirefoxPolicies)));
        Assert.Contains("does not install the extension by policy", output.ToString());
    }

    [TestMethod]
    public async Task Doctor_EveryAccountInstall_SaysEachBrowserInstallsTheExtensionByPolicy()
    {
        sandbox.AddProgramOnPath("google-chrome");
        sandbox.AddProgramOnPath("firefox");
        Install();

        var output = await DoctorAsync();

        Assert.Contains("Google Chrome installs the SafeBrowse extension by policy and keeps it on", output);
        Assert.Contains("Firefox installs the SafeBrowse extension by policy and keeps it on", output);
    }

    [TestMethod]
    public async Task Doctor_PolicyDeletedAfterAnEveryAccountInstall_SaysItIsGoneAndHowToRepair()
    {
        sandbox.AddProgramOnPath("google-chrome");
        Install();
        File.Delete(sandbox.At(ChromePolicy));

        var output = await DoctorAsync();

        Assert.Contains("Google Chrome: NOT READY", output);
        Assert.Contains("install the SafeBrowse extension for every account is gone", output);
        Assert.Contains("Fix: Run  sudo safebrowse-host repair --system", output);
    }

    [TestMethod]
    public async Task Doctor_ThisAccountInstall_SaysTheExtensionCanBeRemoved()
    {
        sandbox.AddProgramOnPath("google-chrome");
        Install(InstallScope.User);

        var output = await DoctorAsync();

        Assert.Contains("Google Chrome: ready", output);
        Assert.Contains("does not install the SafeBrowse extension by policy, so it can be removed", output);
    }
}
