using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using SafeBrowse.Host.Messaging;

namespace SafeBrowse.Host.Family;

/// <summary>Checks on family fields the extension sends; messages name the field, never echo its value.</summary>
internal static class ProtocolFields
{
    public const int MaxIdentifierLength = 256;
    public const int MaxSiteLength = 253;
    private const int MinInstallLength = 16;
    private const int MaxInstallLength = 64;

    /// <summary>The request's own fields; a JSON null is refused like a missing body.</summary>
    public static T Read<T>(JsonElement request, JsonTypeInfo<T> type)
        where T : class =>
        request.Deserialize(type) ?? throw BadRequest("The request is empty.");

    public static string Install(string? value, string field = "install")
    {
        if (value is null || value.Length is < MinInstallLength or > MaxInstallLength || !value.All(IsInstallCharacter))
        {
            throw BadRequest($"'{field}' must be {MinInstallLength} to {MaxInstallLength} letters, digits, '_' or '-'.");
        }

        return value;
    }

    public static string Text(string value, string field, int min, int max)
    {
        if (value.Length < min || value.Length > max)
        {
            throw BadRequest($"'{field}' must be {min} to {max} characters long, not {value.Length}.");
        }

        return value;
    }

    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string? Time(DateTimeOffset? time) => time is { } value ? Time(value) : null;

    public static ProtocolException BadRequest(string message) => new(ErrorCodes.BadRequest, message);

    private static bool IsInstallCharacter(char character) => char.IsAsciiLetterOrDigit(character) || character is '_' or '-';
}
