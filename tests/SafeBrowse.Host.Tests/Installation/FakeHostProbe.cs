using SafeBrowse.Host.Installation;

namespace SafeBrowse.Host.Tests.Installation;

/// <summary>Answers hello for every host, or fails as told; records which hosts were started.</summary>
internal sealed class FakeHostProbe(string? failure = null) : IHostProbe
{
    public List<(string HostPath, BrowserFamily Family, string ManifestPath)> Started { get; } = [];

    public Task<HostProbeResult> HelloAsync(string hostPath, BrowserFamily family, string manifestPath)
    {
        Started.Add((hostPath, family, manifestPath));
        return Task.FromResult(failure is null
            ? new HostProbeResult(TimeSpan.FromMilliseconds(42), "0.1.0", "loading", null)
            : HostProbeResult.Failed(TimeSpan.FromSeconds(1), failure));
    }
}
