using System.Text.Json;

namespace SafeBrowse.Host.Tests.Support;

internal static class Replies
{
    public static JsonElement Parse(byte[] body) => JsonDocument.Parse(body).RootElement.Clone();

    public static JsonElement Parse(string body) => JsonDocument.Parse(body).RootElement.Clone();

    public static string? ErrorCode(JsonElement reply) =>
        reply.TryGetProperty("error", out var error) ? error.GetProperty("code").GetString() : null;

    public static string? Id(JsonElement reply) => reply.GetProperty("id").GetString();
}
