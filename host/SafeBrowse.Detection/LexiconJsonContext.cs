using System.Text.Json.Serialization;

namespace SafeBrowse.Detection;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(LexiconFile))]
internal sealed partial class LexiconJsonContext : JsonSerializerContext;
