using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SafeBrowse.Host.Tests.Fuzz;

/// <summary>
/// Serializes a request tree the way a browser does (raw UTF-8, no escaping beyond JSON's), then splices in bytes no
/// JSON node can hold: broken UTF-8, half surrogate pairs, numbers out of every range, nesting past the depth limit.
/// </summary>
internal sealed class RawJson
{
    private static readonly JsonSerializerOptions BrowserLike = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly List<byte[]> splices = [];

    /// <summary>A stand-in node, replaced by <paramref name="raw"/> (a whole JSON value, quotes included) on serializing.</summary>
    public JsonValue Splice(byte[] raw)
    {
        splices.Add(raw);
        return JsonValue.Create(Marker(splices.Count - 1));
    }

    public JsonValue Splice(string raw) => Splice(Encoding.UTF8.GetBytes(raw));

    public byte[] Serialize(JsonNode root)
    {
        var bytes = Encoding.UTF8.GetBytes(root.ToJsonString(BrowserLike));
        for (var index = 0; index < splices.Count; index++)
        {
            var marker = Encoding.UTF8.GetBytes($"\"{Marker(index)}\"");
            var at = bytes.AsSpan().IndexOf(marker);
            if (at >= 0)
            {
                bytes = [.. bytes.AsSpan(0, at), .. splices[index], .. bytes.AsSpan(at + marker.Length)];
            }
        }

        return bytes;
    }

    private static string Marker(int index) => $"~~splice{index}~~";
}
