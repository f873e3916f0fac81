using System.Text.Json.Serialization;

namespace SafeBrowse.Detection;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(SequenceModelFile))]
public sealed partial class SequenceModelJsonContext : JsonSerializerContext;
