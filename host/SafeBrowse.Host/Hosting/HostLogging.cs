using SafeBrowse.Host.Platform;
using Serilog;
using Serilog.Core;

namespace SafeBrowse.Host.Hosting;

/// <summary>Logs go to rolling files only: stdout carries the protocol, and stderr is copied into the browser's own log.</summary>
internal static class HostLogging
{
    public static Logger CreateLogger(string dataDirectory) =>
        new LoggerConfiguration()
            .MinimumLevel.Information()
            .WriteTo.File(
                Path.Combine(DataDirectory.LogsOf(dataDirectory), "host-.log"),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 14,
                fileSizeLimitBytes: 10 * 1024 * 1024,
                rollOnFileSizeLimit: true)
            .CreateLogger();
}
