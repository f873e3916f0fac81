using SafeBrowse.Host.Installation;

namespace SafeBrowse.Host.Tests.Installation;

[TestClass]
public sealed class WindowsInstallPolicyTests : IDisposable
{
    private static readonly RegistryKeyPath ChromeForcelist = new(RegistryHive.LocalMachine, @"SOFTWARE\Policies\Google\Chrome\ExtensionInstallForcelist");
    private static readonly RegistryKeyPath EdgeForcelist = new(RegistryHive.LocalMachine, @"SOFTWARE\Policies\Microsoft\Edge\ExtensionInstallForcelist");
    private readonly InstallSandbox sandbox = new();

    public WindowsInstallPolicyTests() => sandbox.PublishHost("safebrowse-host.exe");

    public void Dispose() => sandbox.Dispose();

    private InstallLayout Administrator => sandbox.Windows(administrator: true);

    private void Install() =>
        new HostInstaller(Administrator, TextWriter.Null, TimeProvider.System).Install(InstallScope.System, sandbox.Published, inPlace: false);

    private void Uninstall() => new HostUninstaller(Administrator, TextWriter.Null).Uninstall(InstallScope.System, purge: false);

    [TestMethod]
    public void Install_EveryAccountBesideAnotherForcedExtension_TakesTheNextNumberAndUninstallRemovesOnlyIt()
    {
        sandbox.AddFile("system/Program Files/Google/Chrome/Application/chrome.exe");
        sandbox.Registry.Set(ChromeForcelist, "1", "ddddddddddddddddddddddddddddddddd;https://example.org/crx");

        Install();
        var installed = sandbox.Registry.ReadNamedStrings(ChromeForcelist);
        Uninstall();

        Assert.AreEqual(ExtensionStores.ChromeWebStore.ForcelistEntry, installed["2"]);
        CollectionAssert.AreEquivalent(new[] { "1" }, sandbox.Registry.ReadNamedStrings(ChromeForcelist).Keys.ToList());
    }

    [TestMethod]
    public void Install_EveryAccountWithEdge_ForcesEdgeAddOnsAndUninstallDeletesTheKeyItCreated()
    {
        sandbox.AddFile("system/Program Files/Microsoft/Edge/Application/msedge.exe");

        Install();
        var installed = sandbox.Registry.ReadStrings(EdgeForcelist);
        Uninstall();

        CollectionAssert.AreEqual(new[] { ExtensionStores.EdgeAddOns.ForcelistEntry }, installed.ToList());
        Assert.DoesNotContain(EdgeForcelist.ToString(), sandbox.Registry.Keys);
    }

    [TestMethod]
    public void Repair_AfterAnEveryAccountInstall_KeepsOneForcelistValue()
    {
        sandbox.AddFile("system/Program Files/Google/Chrome/Application/chrome.exe");
        Install();

        new HostInstaller(Administrator, TextWriter.Null, TimeProvider.System).Repair(InstallScope.System, sandbox.Published);

        CollectionAssert.AreEqual(new[] { ExtensionStores.ChromeWebStore.ForcelistEntry }, sandbox.Registry.ReadStrings(ChromeForcelist).ToList());
    }

    [TestMethod]
    public void Install_EveryAccountWithFirefox_WritesPoliciesJsonInItsDistributionFolder()
    {
        sandbox.AddFile("system/Program Files/Mozilla Firefox/firefox.exe");

        Install();

        var settings = ManifestReading.Read(sandbox.At("system/Program Files/Mozilla Firefox/distribution/policies.json"))
            .GetProperty("policies").GetProperty("ExtensionSettings").GetProperty("safebrowse@safebrowse.org");
        Assert.AreEqual("force_installed", settings.GetProperty("installation_mode").GetString());
    }
}
