namespace SafeBrowse.Host.Installation;

/// <summary>
/// Checks, browser by browser, everything between "the extension calls connectNative" and "the host answers":
/// registration, manifest, program, the extension id, a real hello, managed policies and sandboxed packages.
/// </summary>
internal sealed class HostDoctor(InstallLayout layout, IHostProbe probe)
{
    private const string InstallFix = "Run the installer (installer/install.sh, or installer\\install.ps1 on Windows), or  safebrowse-host repair.";

    private readonly BrowserRegistrar registrar = new(layout);
    private readonly PolicyReader policies = new(layout);
    private readonly Dictionary<(string, BrowserFamily), HostProbeResult> probes = [];

    public async Task<IReadOnlyList<BrowserDiagnosis>> DiagnoseAsync()
    {
        var diagnoses = new List<BrowserDiagnosis>();
        foreach (var browser in BrowserCatalog.All)
        {
            var installed = BrowserDetector.IsInstalled(layout, browser);
            var sandboxed = BrowserDetector.Sandboxed(layout, browser);
            var registered = FindRegistrations(browser);
            if (installed || sandboxed.Count > 0 || registered.Count > 0)
            {
                diagnoses.Add(await DiagnoseAsync(browser, installed, sandboxed, registered));
            }
        }

        return diagnoses;
    }

    /// <summary>Prints the diagnoses; exit code 0 only when at least one browser is found and every one is ready.</summary>
    public static int Report(IReadOnlyList<BrowserDiagnosis> diagnoses, TextWriter output)
    {
        if (diagnoses.Count == 0)
        {
            output.WriteLine("No supported browser was found (Chrome, Chromium, Edge, Brave, Vivaldi or Firefox).");
            output.WriteLine("  Fix: install one of them, then run the SafeBrowse installer again.");
            return 1;
        }

        foreach (var diagnosis in diagnoses)
        {
            output.WriteLine(diagnosis.IsReady ? $"{diagnosis.Browser}: ready" : $"{diagnosis.Browser}: NOT READY");
            foreach (var finding in diagnosis.Findings)
            {
                output.WriteLine($"  {finding}");
            }

            foreach (var problem in diagnosis.Problems)
            {
                output.WriteLine($"  Problem: {problem.Problem}");
                output.WriteLine($"  Fix: {problem.Fix}");
            }

            foreach (var note in diagnosis.Notes)
            {
                output.WriteLine($"  Note: {note}");
            }
        }

        var notReady = diagnoses.Count(diagnosis => !diagnosis.IsReady);
        output.WriteLine(notReady == 0
            ? $"SafeBrowse is ready in every browser found ({diagnoses.Count})."
            : $"{notReady} of {diagnoses.Count} browsers need attention: follow each Fix above, then run  safebrowse-host doctor  again.");
        return notReady == 0 ? 0 : 1;
    }

    private List<(InstallScope Scope, string ManifestPath)> FindRegistrations(BrowserDefinition browser) =>
    [
        .. new[] { InstallScope.User, InstallScope.System }
            .SelectMany(scope => registrar.Plan(browser, scope, layout.AppDirectory(scope)))
            .Select(planned => (planned.Scope, ManifestPath: registrar.FindManifest(planned)))
            .Where(found => found.ManifestPath is not null)
            .Select(found => (found.Scope, found.ManifestPath!))
            .Distinct(),
    ];

    private async Task<BrowserDiagnosis> DiagnoseAsync(
        BrowserDefinition browser,
        bool installed,
        IReadOnlyList<SandboxedBrowser> sandboxed,
        List<(InstallScope Scope, string ManifestPath)> registered)
    {
        var findings = new List<string>();
        var problems = new List<DoctorProblem>();
        var notes = new List<string>();

        foreach (var package in sandboxed)
        {
            var explanation = SandboxExplanation(browser, package);
            if (installed)
            {
                notes.Add($"{explanation.Problem} The copy installed the usual way works. {explanation.Fix}");
            }
            else
            {
                problems.Add(explanation);
            }
        }

        if (!installed && sandboxed.Count > 0)
        {
            return new BrowserDiagnosis(browser.Name, findings, problems, notes);
        }

        if (registered.Count == 0)
        {
            problems.Add(new($"SafeBrowse is not registered for {browser.Name}, so the browser would say \"Specified native messaging host not found\".", InstallFix));
        }

        foreach (var (scope, manifestPath) in registered)
        {
            var where = scope == InstallScope.System ? "every account" : "this account";
            var (manifestProblems, hostPath) = ManifestInspector.Inspect(manifestPath, browser.Family, layout.Platform);
            problems.AddRange(manifestProblems);
            if (hostPath is null)
            {
                continue;
            }

            var answer = await ProbeAsync(hostPath, browser.Family, manifestPath);
            if (answer.Answered)
            {
                var model = answer.ModelState is { } state ? $", model {state}" : string.Empty;
                findings.Add($"Registered for {where}: {manifestPath} starts {hostPath}, which answered hello in {answer.Elapsed.TotalMilliseconds:0} ms{model}.");
            }
            else
            {
                problems.Add(new(
                    $"The SafeBrowse program {hostPath} did not answer: {answer.Failure}.",
                    "Run the installer again. If it still fails, security software may be blocking the program: allow it, or see the log files in SafeBrowse's data folder."));
            }
        }

        AddPolicyProblems(browser, registered, problems, notes);
        AddInstallPolicy(browser, findings, problems);
        return new BrowserDiagnosis(browser.Name, findings, problems, notes);
    }

    private void AddPolicyProblems(BrowserDefinition browser, List<(InstallScope Scope, string ManifestPath)> registered, List<DoctorProblem> problems, List<string> notes)
    {
        var policy = policies.Read(browser);
        if (policy.BlocksHost)
        {
            problems.Add(new(
                $"{browser.Name} is managed with a policy (NativeMessagingBlocklist) that blocks programs like SafeBrowse's.",
                $"Whoever manages this browser must add {HostManifest.HostName} to the NativeMessagingAllowlist policy."));
        }

        if (policy.UserLevelHosts == false && registered.Count > 0 && registered.All(found => found.Scope == InstallScope.User))
        {
            problems.Add(new(
                $"{browser.Name} is managed with a policy (NativeMessagingUserLevelHosts) that ignores programs registered for one account.",
                layout.Platform == HostPlatform.Windows
                    ? "Install for every account: run installer\\install.ps1 -System from an administrator PowerShell."
                    : "Install for every account:  sudo installer/install.sh --system"));
        }

        notes.AddRange(policy.Unreadable.Select(source =>
            $"Could not read the policy file {source}; if SafeBrowse does not connect, look in it for NativeMessagingBlocklist or NativeMessagingUserLevelHosts (on macOS: defaults read \"{source}\")."));
    }

    private void AddInstallPolicy(BrowserDefinition browser, List<string> findings, List<DoctorProblem> problems)
    {
        if (policies.Read(browser).Forces(browser.Listing))
        {
            findings.Add($"{browser.Name} installs the SafeBrowse extension by policy and keeps it on: it cannot be removed or turned off from the browser.");
        }
        else if (InstallReceipts.Read(layout.AppDirectory(InstallScope.System))?.Policies?.Any(policy => policy.Browser == browser.Name) == true)
        {
            problems.Add(new(
                $"The policy that makes {browser.Name} install the SafeBrowse extension for every account is gone, so the extension can be removed or turned off.",
                layout.Platform == HostPlatform.Windows
                    ? "From an administrator PowerShell run  safebrowse-host.exe repair --system"
                    : "Run  sudo safebrowse-host repair --system"));
        }
        else
        {
            findings.Add($"{browser.Name} does not install the SafeBrowse extension by policy, so it can be removed from the browser's extensions page; an install for every account (--system) adds that policy.");
        }
    }

    private async Task<HostProbeResult> ProbeAsync(string hostPath, BrowserFamily family, string manifestPath)
    {
        if (!probes.TryGetValue((hostPath, family), out var result))
        {
            result = await probe.HelloAsync(hostPath, family, manifestPath);
            probes[(hostPath, family)] = result;
        }

        return result;
    }

    private static DoctorProblem SandboxExplanation(BrowserDefinition browser, SandboxedBrowser package) => (package.Kind, browser.Family) switch
    {
        (SandboxKind.Snap, BrowserFamily.Firefox) => new(
            "Firefox is installed as a Snap, which may only start SafeBrowse's program after you allow it once.",
            $"Run  flatpak permission-set webextensions {HostManifest.HostName} snap.firefox yes  (needs the xdg-desktop-portal), then restart Firefox; or install Firefox from Mozilla's .deb package."),
        (SandboxKind.Snap, _) => new(
            $"{browser.Name} is installed as a Snap, whose sandbox does not let it start programs like SafeBrowse's.",
            $"Install {browser.Name} from its .deb package (or another non-Snap source), then run the SafeBrowse installer again."),
        _ => new(
            $"{browser.Name} is installed with Flatpak ({package.Package}), whose sandbox does not let it start programs like SafeBrowse's.",
            $"Install {browser.Name} from your distribution's packages or the vendor's .deb/.rpm, then run the SafeBrowse installer again."),
    };
}
