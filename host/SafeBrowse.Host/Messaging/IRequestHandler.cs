using System.Text.Json;

namespace SafeBrowse.Host.Messaging;

internal interface IRequestHandler
{
    string Type { get; }

    /// <returns>The serialized response body.</returns>
    /// <exception cref="ProtocolException">The request is refused with a stable code.</exception>
    ValueTask<byte[]> HandleAsync(RequestEnvelope envelope, JsonElement request, CancellationToken cancellationToken);
}
