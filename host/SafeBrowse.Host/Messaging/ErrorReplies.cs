using System.Text.Json;
using SafeBrowse.Host.Json;

namespace SafeBrowse.Host.Messaging;

internal static class ErrorReplies
{
    public static RoutedReply Create(string? id, string code, string message, TimeSpan? retryAfter = null) =>
        new(id, JsonSerializer.SerializeToUtf8Bytes(
            new ErrorResponse(RequestRouter.ProtocolVersion, id, "error", false, new ErrorBody(code, message, ToWholeSeconds(retryAfter))),
            ProtocolJsonContext.Default.ErrorResponse));

    private static int? ToWholeSeconds(TimeSpan? wait) => wait is { } value ? (int)Math.Ceiling(value.TotalSeconds) : null;
}
