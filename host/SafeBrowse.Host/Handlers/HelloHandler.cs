using System.Text.Json;
using SafeBrowse.Detection;
using SafeBrowse.Host.Json;
using SafeBrowse.Host.Messaging;

namespace SafeBrowse.Host.Handlers;

internal sealed class HelloHandler(LoadedScorer scorer) : IRequestHandler
{
    public string Type => "hello";

    public ValueTask<byte[]> HandleAsync(RequestEnvelope envelope, JsonElement request, CancellationToken cancellationToken)
    {
        var response = new HelloResponse(
            RequestRouter.ProtocolVersion,
            envelope.Id,
            Type,
            Ok: true,
            Protocol: RequestRouter.ProtocolVersion,
            HostVersion: HostVersion.Current,
            ModelVersion: scorer.ModelVersion,
            ModelLoaded: scorer.LoadError is null);
        return ValueTask.FromResult(JsonSerializer.SerializeToUtf8Bytes(response, ProtocolJsonContext.Default.HelloResponse));
    }
}
