using System.Text.Json.Serialization;

namespace SafeBrowse.Host.Scanning;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(CorpusConversationLine))]
[JsonSerializable(typeof(ScanDecisionLine))]
internal sealed partial class ScanJsonContext : JsonSerializerContext;
