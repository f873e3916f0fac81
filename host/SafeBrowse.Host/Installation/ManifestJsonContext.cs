using System.Text.Json.Serialization;

namespace SafeBrowse.Host.Installation;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true, UseStringEnumConverter = true)]
[JsonSerializable(typeof(HostManifest))]
[JsonSerializable(typeof(InstallReceipt))]
internal sealed partial class ManifestJsonContext : JsonSerializerContext;
