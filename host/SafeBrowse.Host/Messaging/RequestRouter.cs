using System.Text.Json;
using System.Text.Unicode;
using Microsoft.Extensions.Logging;
using SafeBrowse.Storage;

namespace SafeBrowse.Host.Messaging;

/// <summary>Reads the envelope of one frame, hands it to the handler of its type and turns every failure into an error reply.</summary>
internal sealed partial class RequestRouter(IEnumerable<IRequestHandler> handlers, ILogger<RequestRouter> logger)
{
    public const int ProtocolVersion = 1;
    public const int MaxIdLength = 64;

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = Json.ProtocolJsonContext.MaxDepth };

    private readonly Dictionary<string, IRequestHandler> handlersByType =
        handlers.ToDictionary(handler => handler.Type, StringComparer.Ordinal);

    public async ValueTask<RoutedReply> RouteAsync(ReadOnlyMemory<byte> frame, CancellationToken cancellationToken)
    {
        // The parser leaves the bytes inside strings unchecked until they are read; broken UTF-8 must not get that far.
        if (!Utf8.IsValid(frame.Span) || TryParse(frame) is not { } document)
        {
            LogRefused(logger, null, ErrorCodes.BadJson, frame.Length);
            return ErrorReplies.Create(null, ErrorCodes.BadJson, "The frame is not valid UTF-8 JSON.");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return ErrorReplies.Create(null, ErrorCodes.BadJson, "The frame is not a JSON object.");
            }

            var id = ReadId(root);
            try
            {
                var envelope = ReadEnvelope(root, id);
                if (!handlersByType.TryGetValue(envelope.Type, out var handler))
                {
                    throw new ProtocolException(ErrorCodes.UnknownType, $"The type '{Truncate(envelope.Type)}' is not one this host knows.");
                }

                var body = await handler.HandleAsync(envelope, root, cancellationToken);
                return new RoutedReply(id, body);
            }
            catch (ProtocolException refusal)
            {
                LogRefused(logger, id, refusal.Code, frame.Length);
                return ErrorReplies.Create(id, refusal.Code, refusal.Message, refusal.RetryAfter);
            }
            catch (StorageUnavailableException unavailable)
            {
                LogStorageFailed(logger, id, unavailable.Message);
                return ErrorReplies.Create(id, ErrorCodes.StorageUnavailable, "The family database cannot be used right now; protection continues. Run 'safebrowse-host doctor'.");
            }
            catch (JsonException invalid)
            {
                LogRefused(logger, id, ErrorCodes.BadRequest, frame.Length);
                return ErrorReplies.Create(id, ErrorCodes.BadRequest, Json.JsonErrorDescription.WithoutValues(invalid));
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                LogHandlerFailed(logger, failure.GetType().Name, id);
                return ErrorReplies.Create(id, ErrorCodes.Internal, "The host could not process this request.");
            }
        }
    }

    private static JsonDocument? TryParse(ReadOnlyMemory<byte> frame)
    {
        try
        {
            return JsonDocument.Parse(frame, DocumentOptions);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? ReadId(JsonElement root) =>
        ReadString(root, "id") is { Length: > 0 and <= MaxIdLength } value ? value : null;

    /// <summary>A string member, or null; JSON can escape half a surrogate pair ("\ud800"), which is no .NET string.</summary>
    private static string? ReadString(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static RequestEnvelope ReadEnvelope(JsonElement root, string? id)
    {
        if (id is null)
        {
            throw new ProtocolException(ErrorCodes.BadRequest, $"'id' must be a string of 1 to {MaxIdLength} characters.");
        }

        if (!root.TryGetProperty("v", out var version) || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var v))
        {
            throw new ProtocolException(ErrorCodes.BadRequest, "'v' must be the protocol version number.");
        }

        if (v != ProtocolVersion)
        {
            throw new ProtocolException(ErrorCodes.UnsupportedVersion, $"This host speaks protocol version {ProtocolVersion}, not {v}.");
        }

        if (ReadString(root, "type") is not { Length: > 0 } type)
        {
            throw new ProtocolException(ErrorCodes.BadRequest, "'type' must be a non-empty string.");
        }

        return new RequestEnvelope(v, id, type);
    }

    private static string Truncate(string value) => value.Length <= MaxIdLength ? value : string.Concat(value.AsSpan(0, MaxIdLength), "…");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused request {RequestId} with {ErrorCode} ({FrameBytes} bytes)")]
    private static partial void LogRefused(ILogger logger, string? requestId, string errorCode, int frameBytes);

    [LoggerMessage(Level = LogLevel.Error, Message = "Family database failed for request {RequestId}: {Reason}")]
    private static partial void LogStorageFailed(ILogger logger, string? requestId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Handler failed with {ExceptionType} for request {RequestId}")]
    private static partial void LogHandlerFailed(ILogger logger, string exceptionType, string? requestId);
}
