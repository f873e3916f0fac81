using Microsoft.Extensions.Hosting;

namespace SafeBrowse.Host.Tests.Fuzz;

/// <summary>Records that the service asked the host to stop, as it must when stdin ends.</summary>
internal sealed class StoppingLifetime : IHostApplicationLifetime
{
    public CancellationToken ApplicationStarted => CancellationToken.None;

    public CancellationToken ApplicationStopping => CancellationToken.None;

    public CancellationToken ApplicationStopped => CancellationToken.None;

    public bool StopRequested { get; private set; }

    public void StopApplication() => StopRequested = true;
}
