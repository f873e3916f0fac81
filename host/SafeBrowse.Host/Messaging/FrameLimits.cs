namespace SafeBrowse.Host.Messaging;

internal static class FrameLimits
{
    public const int HeaderLength = 4;

    /// <summary>Chromium and Firefox both drop the port on a host frame over 1 MiB.</summary>
    public const int MaxOutboundBytes = 1024 * 1024;

    public const int MaxInboundBytes = 1024 * 1024;
}
