namespace SafeBrowse.Host.Installation;

/// <summary>
/// Where one browser keeps things on one operating system. Paths are templates that <see cref="InstallLayout.Expand"/>
/// resolves: <c>{home}</c>, <c>{config}</c>, <c>{data}</c>, <c>{support}</c>, <c>{localappdata}</c>, <c>{appdata}</c>,
/// <c>{programfiles}</c>; a template starting with <c>/</c> is a system path, and a bare name is a program on PATH.
/// </summary>
/// <param name="Profile">The browser's per-user folder; its presence means the browser has run for this account.</param>
/// <param name="UserHosts">The per-user folder for host manifests (unused on Windows, which reads the registry).</param>
/// <param name="SystemHosts">The folders for every account's host manifests.</param>
/// <param name="Programs">The browser's program: its presence means it is installed.</param>
/// <param name="Policies">
/// Where the browser reads managed policies, and where an every-account install writes the one that installs the
/// extension. Chromium family: managed policy folders (Linux), managed preference domains (macOS), policy registry keys
/// under HKLM (Windows). Firefox: the folder of its policies.json.
/// </param>
internal sealed record BrowserPaths(
    string Profile,
    string UserHosts,
    IReadOnlyList<string> SystemHosts,
    IReadOnlyList<string> Programs,
    IReadOnlyList<string> Policies);
