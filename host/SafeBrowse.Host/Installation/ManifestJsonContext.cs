using System.Text.Json.Serialization;

namespace SafeBrowse.Host.Installation;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true)]
[JsonSerializable(typeof(HostManifest))]
internal sealed partial class ManifestJsonContext : JsonSerializerContext;
