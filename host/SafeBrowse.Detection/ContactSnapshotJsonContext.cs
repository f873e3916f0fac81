using System.Text.Json.Serialization;

namespace SafeBrowse.Detection;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(ContactSnapshot))]
internal sealed partial class ContactSnapshotJsonContext : JsonSerializerContext;
