using System.Diagnostics;
using System.Text;
using System.Text.Json;
using SafeBrowse.Host.Messaging;

namespace SafeBrowse.Host.Tests.Support;

/// <summary>The built host as a real process, spoken to over real pipes the way a browser does.</summary>
internal sealed class HostProcess : IAsyncDisposable
{
    public const string ExtensionOrigin = "chrome-extension://kenkdnfcmdmplmpolpcjmdablipobohb/";

    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(30);

    private readonly Process process;
    private readonly NativeMessageReader reader;
    private readonly Task<string> standardError;

    private HostProcess(Process process)
    {
        this.process = process;
        reader = new NativeMessageReader(process.StandardOutput.BaseStream);
        standardError = process.StandardError.ReadToEndAsync();
    }

    public Stream Input => process.StandardInput.BaseStream;

    public int Id => process.Id;

    public static HostProcess Start(string dataDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "safebrowse-host.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add("--data-dir");
        start.ArgumentList.Add(dataDirectory);
        return new HostProcess(Process.Start(start) ?? throw new InvalidOperationException("The host did not start."));
    }

    public async Task SendAsync(string json) => await SendRawAsync(Frames.Of(json));

    public async Task SendRawAsync(byte[] bytes)
    {
        await Input.WriteAsync(bytes);
        await Input.FlushAsync();
    }

    public async Task<JsonElement> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(ReplyTimeout);
        var frame = await reader.ReadAsync(timeout.Token) ?? throw new EndOfStreamException("The host closed stdout without a reply.");
        return Replies.Parse(Encoding.UTF8.GetString(frame.Body.Span));
    }

    public async Task<JsonElement> RequestAsync(string json)
    {
        await SendAsync(json);
        return await ReceiveAsync();
    }

    public void CloseInput() => process.StandardInput.Close();

    /// <returns>The exit code, or null when the host did not exit in time.</returns>
    public async Task<int?> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
            return process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    public Task<string> StandardErrorAsync() => standardError;

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }
}
