using System.Buffers.Binary;
using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using SafeBrowse.Host.Platform;

namespace SafeBrowse.Host.Installation;

/// <summary>
/// Starts the host with the arguments its browser passes, sends a framed <c>hello</c>, reads one reply and closes stdin.
/// A throwaway data folder keeps the check from adding log files to the family's data.
/// </summary>
internal sealed class ProcessHostProbe(TimeProvider clock, TimeSpan timeout) : IHostProbe
{
    private const int MaxReplyBytes = 1024 * 1024;

    public async Task<HostProbeResult> HelloAsync(string hostPath, BrowserFamily family, string manifestPath)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("safebrowse-doctor-").FullName;
        var start = new ProcessStartInfo(hostPath)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(hostPath),
        };
        if (family == BrowserFamily.Firefox)
        {
            start.ArgumentList.Add(manifestPath);
            start.ArgumentList.Add(ExtensionIds.Gecko[0]);
        }
        else
        {
            start.ArgumentList.Add(ExtensionIds.ChromiumOrigins[0]);
        }

        start.ArgumentList.Add("--data-dir");
        start.ArgumentList.Add(dataDirectory);

        var started = clock.GetTimestamp();
        try
        {
            using var process = Process.Start(start)!;
            var standardError = process.StandardError.ReadToEndAsync();
            var result = await ExchangeAsync(process, started);
            await StopAsync(process);
            return result.Answered ? result : result with { Failure = WithError(result.Failure!, await standardError) };
        }
        catch (Win32Exception cannotStart)
        {
            return HostProbeResult.Failed(clock.GetElapsedTime(started), $"it could not be started ({cannotStart.Message})");
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    private async Task<HostProbeResult> ExchangeAsync(Process process, long started)
    {
        using var deadline = new CancellationTokenSource(timeout, clock);
        try
        {
            var hello = """{"v":1,"id":"doctor","type":"hello"}"""u8.ToArray();
            var frame = new byte[4 + hello.Length];
            BinaryPrimitives.WriteUInt32LittleEndian(frame, (uint)hello.Length);
            hello.CopyTo(frame, 4);
            var input = process.StandardInput.BaseStream;
            await input.WriteAsync(frame, deadline.Token);
            await input.FlushAsync(deadline.Token);

            var output = process.StandardOutput.BaseStream;
            var header = new byte[4];
            await output.ReadExactlyAsync(header, deadline.Token);
            var length = BinaryPrimitives.ReadUInt32LittleEndian(header);
            if (length > MaxReplyBytes)
            {
                return HostProbeResult.Failed(clock.GetElapsedTime(started), $"it wrote something that is not a native message (a length of {length} bytes)");
            }

            var body = new byte[length];
            await output.ReadExactlyAsync(body, deadline.Token);
            return Interpret(body, clock.GetElapsedTime(started));
        }
        catch (OperationCanceledException)
        {
            return HostProbeResult.Failed(clock.GetElapsedTime(started), $"it did not answer within {timeout.TotalSeconds:0.#} s");
        }
        catch (Exception closed) when (closed is EndOfStreamException or IOException)
        {
            return HostProbeResult.Failed(clock.GetElapsedTime(started), "it exited without answering");
        }
    }

    private static HostProbeResult Interpret(byte[] body, TimeSpan elapsed)
    {
        try
        {
            using var reply = JsonDocument.Parse(body);
            var root = reply.RootElement;
            if (root.TryGetProperty("ok", out var ok) && ok.ValueKind == JsonValueKind.True && Text(root, "type") == "hello")
            {
                return new HostProbeResult(elapsed, Text(root, "hostVersion"), Text(root, "modelState"), null);
            }

            var code = root.TryGetProperty("error", out var error) ? Text(error, "code") : null;
            return HostProbeResult.Failed(elapsed, $"it refused the hello ({code ?? "no error code"})");
        }
        catch (JsonException)
        {
            return HostProbeResult.Failed(elapsed, $"its reply was not JSON ({Encoding.UTF8.GetString(body.AsSpan(0, Math.Min(40, body.Length)))}…)");
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static async Task StopAsync(Process process)
    {
        try
        {
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The host already exited; its end of the pipe is gone.
        }

        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(3));
        try
        {
            await process.WaitForExitAsync(grace.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
        }
    }

    private static string WithError(string failure, string standardError)
    {
        var firstLine = standardError.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return firstLine is null ? failure : $"{failure}; it said: {firstLine}";
    }
}
