namespace SafeBrowse.Host.Installation;

/// <summary>Starts a registered host the way its browser would and asks it <c>hello</c>.</summary>
internal interface IHostProbe
{
    Task<HostProbeResult> HelloAsync(string hostPath, BrowserFamily family, string manifestPath);
}
