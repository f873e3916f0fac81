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

    private readonly Lock offLoopGate = new();

    // Slow requests run one after another, so a burst of PIN tries holds one pool thread, not all of them.
    private Task offLoopTail = Task.CompletedTask;

    /// <summary>Routes one frame and waits for its reply, wherever the handler runs.</summary>
    public Task<RoutedReply> RouteAsync(ReadOnlyMemory<byte> frame, CancellationToken cancellationToken) =>
        Start(frame, cancellationToken).Reply;

    /// <summary>
    /// Reads the frame's envelope and starts its handler: on the caller's thread, or on the thread pool after the
    /// earlier slow requests when the handler <see cref="IRequestHandler.RunsOffServingLoop"/>.
    /// </summary>
    public RoutedRequest Start(ReadOnlyMemory<byte> frame, CancellationToken cancellationToken)
    {
        // The parser leaves the bytes inside strings unchecked until they are read; broken UTF-8 must not get that far.
        if (!Utf8.IsValid(frame.Span) || TryParse(frame) is not { } document)
        {
            LogRefused(logger, null, ErrorCodes.BadJson, frame.Length);
            return RoutedRequest.Answered(ErrorReplies.Create(null, ErrorCodes.BadJson, "The frame is not valid UTF-8 JSON."));
        }

        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            return RoutedRequest.Answered(ErrorReplies.Create(null, ErrorCodes.BadJson, "The frame is not a JSON object."));
        }

        var id = ReadId(root);
        RequestEnvelope envelope;
        IRequestHandler? handler;
        try
        {
            envelope = ReadEnvelope(root, id);
            if (!handlersByType.TryGetValue(envelope.Type, out handler))
            {
                throw new ProtocolException(ErrorCodes.UnknownType, $"The type '{Truncate(envelope.Type)}' is not one this host knows.");
            }
        }
        catch (ProtocolException refusal)
        {
            document.Dispose();
            LogRefused(logger, id, refusal.Code, frame.Length);
            return RoutedRequest.Answered(ErrorReplies.Create(id, refusal.Code, refusal.Message, refusal.RetryAfter));
        }

        if (!handler.RunsOffServingLoop)
        {
            return new RoutedRequest(HandleAsync(handler, envelope, document, frame.Length, cancellationToken), RunsOffServingLoop: false);
        }

        lock (offLoopGate)
        {
            var reply = offLoopTail
                .ContinueWith(_ => HandleAsync(handler, envelope, document, frame.Length, cancellationToken), CancellationToken.None, TaskContinuationOptions.DenyChildAttach, TaskScheduler.Default)
                .Unwrap();
            offLoopTail = reply;
            return new RoutedRequest(reply, RunsOffServingLoop: true);
        }
    }

    private async Task<RoutedReply> HandleAsync(IRequestHandler handler, RequestEnvelope envelope, JsonDocument document, int frameLength, CancellationToken cancellationToken)
    {
        using (document)
        {
            try
            {
                var body = await handler.HandleAsync(envelope, document.RootElement, cancellationToken);
                return new RoutedReply(envelope.Id, body);
            }
            catch (ProtocolException refusal)
            {
                LogRefused(logger, envelope.Id, refusal.Code, frameLength);
                return ErrorReplies.Create(envelope.Id, refusal.Code, refusal.Message, refusal.RetryAfter);
            }
            catch (StorageUnavailableException unavailable)
            {
                LogStorageFailed(logger, envelope.Id, unavailable.Message);
                return ErrorReplies.Create(envelope.Id, ErrorCodes.StorageUnavailable, "The family database cannot be used right now; protection continues. Run 'safebrowse-host doctor'.");
            }
            catch (JsonException invalid)
            {
                LogRefused(logger, envelope.Id, ErrorCodes.BadRequest, frameLength);
                return ErrorReplies.Create(envelope.Id, ErrorCodes.BadRequest, Json.JsonErrorDescription.WithoutValues(invalid));
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                LogHandlerFailed(logger, failure.GetType().Name, envelope.Id);
                return ErrorReplies.Create(envelope.Id, ErrorCodes.Internal, "The host could not process this request.");
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
