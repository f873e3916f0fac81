using System.Text.Json.Serialization;

namespace SafeBrowse.Digest;

/// <summary>Reads the text resources without reflection, so the host can be trimmed.</summary>
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class DigestJsonContext : JsonSerializerContext;
