using System.Text.Json;
using System.Text.Unicode;
using SafeBrowse.Host.Json;
using SafeBrowse.Host.Messaging;

namespace SafeBrowse.Host.Tests.Fuzz;

/// <summary>What docs/protocol.md says the reply to a frame must be, as far as its envelope decides it.</summary>
/// <param name="Id">The id the reply must echo: the request's when it is a valid id, else null.</param>
/// <param name="Code">The error code the envelope alone calls for, or null when the handler of <paramref name="Type"/> decides.</param>
/// <param name="Type">The request's type when its handler decides; an ok reply must carry it.</param>
internal sealed record EnvelopeOracle(string? Id, string? Code, string? Type)
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = ProtocolJsonContext.MaxDepth };

    public static EnvelopeOracle For(FuzzCase sent)
    {
        if (sent.IsOversized)
        {
            return new(null, ErrorCodes.FrameTooLarge, null);
        }

        if (!Utf8.IsValid(sent.Body))
        {
            return new(null, ErrorCodes.BadJson, null);
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(sent.Body, DocumentOptions);
        }
        catch (JsonException)
        {
            return new(null, ErrorCodes.BadJson, null);
        }

        using (document)
        {
            return For(document.RootElement);
        }
    }

    private static EnvelopeOracle For(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return new(null, ErrorCodes.BadJson, null);
        }

        var id = String(root, "id") is { Length: >= 1 and <= RequestRouter.MaxIdLength } valid ? valid : null;
        if (id is null)
        {
            return new(null, ErrorCodes.BadRequest, null);
        }

        if (!root.TryGetProperty("v", out var version) || version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var v))
        {
            return new(id, ErrorCodes.BadRequest, null);
        }

        if (v != RequestRouter.ProtocolVersion)
        {
            return new(id, ErrorCodes.UnsupportedVersion, null);
        }

        return String(root, "type") switch
        {
            null or "" => new(id, ErrorCodes.BadRequest, null),
            var type when !RequestTemplates.Types.Contains(type) => new(id, ErrorCodes.UnknownType, null),
            var type => new(id, null, type),
        };
    }

    /// <summary>A string member; JSON may escape half a surrogate pair, which no .NET string can hold, and that is no string here.</summary>
    private static string? String(JsonElement root, string name)
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
}
