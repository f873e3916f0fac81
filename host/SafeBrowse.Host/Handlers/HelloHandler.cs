using System.Text.Json;
using SafeBrowse.Host.Hosting;
using SafeBrowse.Host.Json;
using SafeBrowse.Host.Messaging;

namespace SafeBrowse.Host.Handlers;

/// <summary>Answers at once, with the model's state at this moment: a cold host is still loading it.</summary>
internal sealed class HelloHandler(BackgroundModel model) : IRequestHandler
{
    public const string Loading = "loading";
    public const string Loaded = "loaded";
    public const string Unavailable = "unavailable";

    public string Type => "hello";

    public ValueTask<byte[]> HandleAsync(RequestEnvelope envelope, JsonElement request, CancellationToken cancellationToken)
    {
        var loaded = model.Loaded;
        var response = new HelloResponse(
            RequestRouter.ProtocolVersion,
            envelope.Id,
            Type,
            Ok: true,
            Protocol: RequestRouter.ProtocolVersion,
            HostVersion: HostVersion.Current,
            ModelVersion: loaded?.ModelVersion,
            ModelLoaded: loaded is { LoadError: null },
            ModelState: loaded is null ? Loading : loaded.LoadError is null ? Loaded : Unavailable);
        return ValueTask.FromResult(JsonSerializer.SerializeToUtf8Bytes(response, ProtocolJsonContext.Default.HelloResponse));
    }
}
