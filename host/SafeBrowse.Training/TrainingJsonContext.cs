using System.Text.Json.Serialization;

namespace SafeBrowse.Training;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CorpusConversation))]
[JsonSerializable(typeof(ModelInfo))]
[JsonSerializable(typeof(WrittenConversation))]
internal sealed partial class TrainingJsonContext : JsonSerializerContext;
