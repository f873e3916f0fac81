using System.Text.Json;
using SafeBrowse.Host.Messaging;

namespace SafeBrowse.Host.Tests.Support;

/// <summary>
/// A real handler whose work waits at a gate the test opens, holding its thread as a slow PIN hash does; it runs
/// where the real handler says it runs.
/// </summary>
internal sealed class GatedHandler(IRequestHandler inner) : IRequestHandler, IDisposable
{
    private readonly ManualResetEventSlim gate = new();
    private readonly TaskCompletionSource entered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Type => inner.Type;

    public bool RunsOffServingLoop => inner.RunsOffServingLoop;

    /// <summary>Completes when a request has reached the gate.</summary>
    public Task Entered => entered.Task;

    public void Open() => gate.Set();

    public ValueTask<byte[]> HandleAsync(RequestEnvelope envelope, JsonElement request, CancellationToken cancellationToken)
    {
        entered.TrySetResult();
        gate.Wait(cancellationToken);
        return inner.HandleAsync(envelope, request, cancellationToken);
    }

    public void Dispose() => gate.Dispose();
}
