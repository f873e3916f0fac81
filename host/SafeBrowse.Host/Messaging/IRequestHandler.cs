using System.Text.Json;

namespace SafeBrowse.Host.Messaging;

internal interface IRequestHandler
{
    string Type { get; }

    /// <summary>
    /// Whether the work is slow enough (a PIN hashed 600,000 times) to hold up scoring if it ran on the serving loop.
    /// Such requests run on the thread pool, one after another in the order they came, beside the loop, and are
    /// answered when done; every other request is answered on the loop in order. A handler that says true must be
    /// safe to run beside every other handler.
    /// </summary>
    bool RunsOffServingLoop => false;

    /// <returns>The serialized response body.</returns>
    /// <exception cref="ProtocolException">The request is refused with a stable code.</exception>
    ValueTask<byte[]> HandleAsync(RequestEnvelope envelope, JsonElement request, CancellationToken cancellationToken);
}
