using System.Text;
using System.Text.Json;
using SafeBrowse.Host.Messaging;

namespace SafeBrowse.Host.Tests.Fuzz;

/// <summary>What every reply to every frame must be, whatever the frame was.</summary>
internal static class ReplyContract
{
    /// <returns>What is wrong with <paramref name="reply"/> as the answer to <paramref name="sent"/>, or null.</returns>
    public static string? Violation(FuzzCase sent, ReadOnlySpan<byte> reply)
    {
        if (reply.Length > FrameLimits.MaxOutboundBytes)
        {
            return $"reply of {reply.Length} bytes is over the outbound cap";
        }

        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(reply.ToArray());
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return "reply is not JSON";
        }

        var expected = EnvelopeOracle.For(sent);
        return Shape(root) ?? Echoes(sent, reply, root) ?? Outcome(root, expected);
    }

    private static string? Shape(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return "reply is not an object";
        }

        if (!root.TryGetProperty("ok", out var ok) || ok.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            return "reply has no boolean 'ok'";
        }

        if (!root.TryGetProperty("v", out var v) || !v.TryGetInt32(out var version) || version != RequestRouter.ProtocolVersion)
        {
            return "reply has no 'v' of 1";
        }

        if (!root.TryGetProperty("id", out var id) || id.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
        {
            return "reply has no 'id' (string or null)";
        }

        return root.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String ? null : "reply has no string 'type'";
    }

    private static string? Echoes(FuzzCase sent, ReadOnlySpan<byte> reply, JsonElement root)
    {
        if (sent.Canaries is not { } canaries)
        {
            return null;
        }

        if (reply.IndexOf(Encoding.UTF8.GetBytes(canaries.Text)) >= 0)
        {
            return "reply quotes chat text, a key, a time or a PIN of the request";
        }

        return !root.GetProperty("ok").GetBoolean() && reply.IndexOf(Encoding.UTF8.GetBytes(canaries.Field)) >= 0
            ? "error reply quotes a field of the request"
            : null;
    }

    private static string? Outcome(JsonElement root, EnvelopeOracle expected)
    {
        var id = root.GetProperty("id").GetString();
        if (id != expected.Id)
        {
            return $"reply id is {Show(id)}, expected {Show(expected.Id)}";
        }

        var type = root.GetProperty("type").GetString();
        if (root.GetProperty("ok").GetBoolean())
        {
            if (expected.Code is not null)
            {
                return $"reply is ok, expected error {expected.Code}";
            }

            return type == expected.Type ? null : $"ok reply has type {Show(type)}, expected {Show(expected.Type)}";
        }

        if (type != "error" || !root.TryGetProperty("error", out var error) || error.ValueKind != JsonValueKind.Object
            || !error.TryGetProperty("code", out var codeElement) || codeElement.ValueKind != JsonValueKind.String
            || !error.TryGetProperty("message", out var message) || message.ValueKind != JsonValueKind.String)
        {
            return "error reply lacks type 'error' and error.code and error.message strings";
        }

        var code = codeElement.GetString()!;
        if (code == ErrorCodes.Internal)
        {
            return "error code 'internal': a handler failed on this input";
        }

        if (!ProtocolDocs.ErrorCodes.Contains(code))
        {
            return $"error code '{code}' is not documented in docs/protocol.md";
        }

        return expected.Code is null || expected.Code == code ? null : $"error code '{code}', expected '{expected.Code}'";
    }

    private static string Show(string? value) => value is null ? "null" : $"'{value}'";
}
