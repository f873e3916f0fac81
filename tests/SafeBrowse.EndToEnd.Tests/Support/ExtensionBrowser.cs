using System.Text.Json;
using Microsoft.Playwright;

namespace SafeBrowse.EndToEnd.Tests.Support;

/// <summary>Debian's Chromium with the unpacked extension and a fresh profile whose NativeMessagingHosts folder points at the built host.</summary>
internal sealed class ExtensionBrowser : IAsyncDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";
    private const string ChromiumLocales = "/usr/lib/chromium/locales";
    private const string ExtensionId = "kenkdnfcmdmplmpolpcjmdablipobohb";

    private readonly string workFolder;
    private readonly IPlaywright playwright;

    private readonly string extension;

    private ExtensionBrowser(string workFolder, string dataDirectory, IPlaywright playwright, IBrowserContext context, string extension)
    {
        this.workFolder = workFolder;
        this.playwright = playwright;
        this.extension = extension;
        DataDirectory = dataDirectory;
        Context = context;
    }

    public IBrowserContext Context { get; }

    public string DataDirectory { get; }

    /// <summary>The origin Chromium gives the extension's pages and its content scripts' world.</summary>
    public static string Origin => $"chrome-extension://{ExtensionId}";

    public static string PopupUrl => $"chrome-extension://{ExtensionId}/src/popup/popup.html";

    public static string OptionsUrl => $"chrome-extension://{ExtensionId}/src/options/options.html";

    public static string WelcomeUrl => $"chrome-extension://{ExtensionId}/src/welcome/welcome.html";

    /// <summary>Installs the host while the browser runs, as a parent fixing a paused SafeBrowse would.</summary>
    public void RegisterHost() => RegisterHost(workFolder);

    /// <param name="registerHost">Whether the browser finds the host, as after a family installed it.</param>
    /// <param name="language">The browser's UI language (<c>es</c>, <c>en</c>), which the extension speaks; the machine's when null.</param>
    /// <param name="withExtension">False for a browser that gets the extension later, from <see cref="InstallExtensionAsync"/>.</param>
    public static async Task<ExtensionBrowser> LaunchAsync(bool registerHost = true, string? language = null, bool withExtension = true)
    {
        RequireLinux();
        var workFolder = Directory.CreateTempSubdirectory("safebrowse-e2e-").FullName;
        if (registerHost)
        {
            RegisterHost(workFolder);
        }

        var playwright = await Playwright.CreateAsync();
        var extension = language is null || ChromiumSpeaks(language) ? RepositoryPaths.Extension : ExtensionSpeaking(language, workFolder);
        var context = await LaunchChromiumAsync(playwright, ProfileOf(workFolder), language is null ? null : LanguageEnvironment(language), language, withExtension ? extension : null);
        return new ExtensionBrowser(workFolder, Path.Combine(workFolder, "host-data"), playwright, context, extension);
    }

    /// <summary>
    /// Chromium with its per-user profile inside <paramref name="home"/>, where <c>safebrowse-host install</c> registered
    /// the host: the path a family takes, with nothing written by the test.
    /// </summary>
    public static async Task<ExtensionBrowser> LaunchForHomeAsync(string home)
    {
        RequireLinux();
        var playwright = await Playwright.CreateAsync();
        var context = await LaunchChromiumAsync(playwright, Path.Combine(home, ".config", "chromium"), HomeEnvironment.For(home), extension: RepositoryPaths.Extension);
        return new ExtensionBrowser(home, Path.Combine(home, ".local", "share", "safebrowse"), playwright, context, RepositoryPaths.Extension);
    }

    private static void RequireLinux()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Inconclusive("The end-to-end tests register the host through profile folders, which is how Chromium finds it on Linux.");
        }
    }

    private static Task<IBrowserContext> LaunchChromiumAsync(
        IPlaywright playwright,
        string profile,
        Dictionary<string, string>? environment,
        string? language = null,
        string? extension = null)
    {
        // Extensions.loadUnpacked over DevTools installs or updates the extension while the browser runs.
        string[] arguments =
        [
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--enable-unsafe-extension-debugging",
            .. extension is null ? Array.Empty<string>() : [$"--disable-extensions-except={extension}", $"--load-extension={extension}"],
        ];
        return playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
        {
            Env = environment,
            ExecutablePath = ChromiumPath,
            Headless = true,
            Locale = language,
            IgnoreDefaultArgs = ["--disable-extensions"],
            Args = language is null ? arguments : [.. arguments, $"--lang={language}"],
        });
    }

    // A Chromium build shows only the UI languages whose pack it ships (Debian's splits them into chromium-l10n).
    private static bool ChromiumSpeaks(string language) =>
        Directory.Exists(ChromiumLocales) && Directory.EnumerateFiles(ChromiumLocales, $"{language}*.pak").Any();

    // Without the browser's language pack, a copy of the extension that has only that language speaks it, as the
    // extension does in a browser set to it: chrome.i18n falls back to the default locale.
    private static string ExtensionSpeaking(string language, string workFolder)
    {
        var copy = Path.Combine(workFolder, "extension");
        foreach (var file in Directory.EnumerateFiles(RepositoryPaths.Extension, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(RepositoryPaths.Extension, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        foreach (var locale in Directory.EnumerateDirectories(Path.Combine(copy, "_locales")).Where(folder => Path.GetFileName(folder) != language))
        {
            Directory.Delete(locale, recursive: true);
        }

        var manifestPath = Path.Combine(copy, "manifest.json");
        var manifest = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(manifestPath))!;
        manifest["default_locale"] = language;
        File.WriteAllText(manifestPath, manifest.ToJsonString());
        return copy;
    }

    // Chromium on Linux reads its UI language as gettext does: LANGUAGE counts only when the locale is not C, so the
    // locale variables name the language too. chrome.i18n follows the UI language.
    private static Dictionary<string, string> LanguageEnvironment(string language)
    {
        var environment = Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(entry => (string)entry.Key, entry => (string?)entry.Value ?? string.Empty);
        var locale = language == "es" ? "es_CO.UTF-8" : $"{language}_US.UTF-8";
        environment["LANGUAGE"] = language;
        environment["LANG"] = locale;
        environment["LC_ALL"] = locale;
        return environment;
    }

    /// <summary>
    /// Installs the extension into the running browser, or updates it when it is installed: Chromium fires
    /// runtime.onInstalled with reason "install" or "update", as for a family's install or a store update.
    /// </summary>
    public async Task InstallExtensionAsync()
    {
        var browser = Context.Browser ?? throw new InvalidOperationException("The persistent context has no browser to install into.");
        var devTools = await browser.NewBrowserCDPSessionAsync();
        try
        {
            await devTools.SendAsync("Extensions.loadUnpacked", new Dictionary<string, object> { ["path"] = extension });
        }
        finally
        {
            await devTools.DetachAsync();
        }
    }

    /// <summary>
    /// The host's own log counts every scored message; waiting on it proves the page's messages reached the host.
    /// Giving up fails the test with the count it waited for, so no caller goes on with messages missing.
    /// </summary>
    public async Task<int> WaitForScoredMessagesAsync(int expected, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        var scored = 0;
        while (DateTime.UtcNow < deadline)
        {
            scored = HostLog.CountScoredMessages(DataDirectory);
            if (scored >= expected)
            {
                return scored;
            }

            await Task.Delay(200);
        }

        // The host's log holds ids, counts and lengths only, so it can go into the failure as it is.
        Assert.Fail($"Waited {timeout.TotalSeconds:F0} s for {expected} scored messages in the host's log; it counted {scored}. The log:\n{HostLog.ReadAll(DataDirectory)}");
        return scored;
    }

    /// <summary>
    /// The host processes this browser started, found in /proc by their command line: the launcher execs dotnet with
    /// the host assembly and this browser's own data folder.
    /// </summary>
    public IReadOnlyList<int> HostProcessIds()
    {
        var ids = new List<int>();
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var id))
            {
                continue;
            }

            string[] arguments;
            try
            {
                arguments = File.ReadAllText(Path.Combine(folder, "cmdline")).Split('\0');
            }
            catch (Exception gone) when (gone is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            if (arguments.Contains(RepositoryPaths.HostAssembly) && arguments.Contains(DataDirectory))
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
        playwright.Dispose();
        Directory.Delete(workFolder, recursive: true);
    }

    private static string ProfileOf(string workFolder) => Path.Combine(workFolder, "profile");

    private static void RegisterHost(string workFolder)
    {
        var launcher = Path.Combine(workFolder, "safebrowse-host.sh");
        File.WriteAllText(launcher, $"""
            #!/bin/sh
            exec "{DotnetExecutable.Path}" "{RepositoryPaths.HostAssembly}" "$@" --data-dir "{Path.Combine(workFolder, "host-data")}"

            """);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(launcher, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var hosts = Path.Combine(ProfileOf(workFolder), "NativeMessagingHosts");
        Directory.CreateDirectory(hosts);
        var manifest = new Dictionary<string, object>
        {
            ["name"] = "org.safebrowse.host",
            ["description"] = "SafeBrowse end-to-end test host",
            ["path"] = launcher,
            ["type"] = "stdio",
            ["allowed_origins"] = new[] { $"chrome-extension://{ExtensionId}/" },
        };
        File.WriteAllText(Path.Combine(hosts, "org.safebrowse.host.json"), JsonSerializer.Serialize(manifest));
    }
}
