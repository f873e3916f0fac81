using SafeBrowse.Detection;
using SafeBrowse.Host.Json;
using SafeBrowse.Host.Messaging;

namespace SafeBrowse.Host.Handlers;

/// <summary>Limits on what a page may make the host hold; every message names the field, never its content.</summary>
internal static class ScoreRequestValidator
{
    public const int MaxMessages = 200;
    public const int MaxTextLength = 4000;
    public const int MaxIdentifierLength = 256;
    public const int MaxKeyLength = 512;
    public const int MaxSiteLength = 253;

    public static void Validate(ScoreRequest request)
    {
        RequireLength(request.Site, "site", 1, MaxSiteLength);
        if (request.Messages.Count is 0 or > MaxMessages)
        {
            throw Refuse($"'messages' must hold 1 to {MaxMessages} items, not {request.Messages.Count}.");
        }

        for (var index = 0; index < request.Messages.Count; index++)
        {
            var message = request.Messages[index];
            var prefix = $"messages[{index}]";
            if (message is null)
            {
                throw Refuse($"'{prefix}' must be an object.");
            }

            RequireLength(message.Conversation, $"{prefix}.conversation", 1, MaxIdentifierLength);
            RequireLength(message.Contact, $"{prefix}.contact", 1, MaxIdentifierLength);
            RequireLength(message.Text, $"{prefix}.text", 0, MaxTextLength);
            RequireLength(message.Key, $"{prefix}.key", 1, MaxKeyLength);
            _ = ParseDirection(message.Direction, prefix);
        }
    }

    public static MessageDirection ParseDirection(string direction, string prefix) => direction switch
    {
        "incoming" => MessageDirection.Incoming,
        "outgoing" => MessageDirection.Outgoing,
        _ => throw Refuse($"'{prefix}.direction' must be 'incoming' or 'outgoing'."),
    };

    private static void RequireLength(string value, string field, int min, int max)
    {
        if (value.Length < min || value.Length > max)
        {
            throw Refuse($"'{field}' must be {min} to {max} characters long, not {value.Length}.");
        }
    }

    private static ProtocolException Refuse(string message) => new(ErrorCodes.BadRequest, message);
}
