using System.Text.Json.Serialization;

namespace SafeBrowse.Host.Family;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, WriteIndented = true, RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(SetupCodeRecord))]
internal sealed partial class SetupCodeJsonContext : JsonSerializerContext;
