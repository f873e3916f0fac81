using System.Text.Json;

namespace SafeBrowse.Detection.Tests;

/// <summary>Reads the hand-written development and frozen test sets in tests/conversations, every line as written.</summary>
internal static class WrittenSets
{
    public const string Development = "dev";
    public const string FrozenTest = "test";

    public static IReadOnlyList<string> Languages { get; } = ["es", "en"];

    public static IReadOnlyList<WrittenSetLine> All { get; } = [.. new[] { Development, FrozenTest }.SelectMany(Read)];

    public static string PathOf(string split, string language) =>
        Path.Combine(ProtocolDocument.RepositoryRoot(), "tests", "conversations", split, language + ".jsonl");

    public static IEnumerable<WrittenSetLine> In(string split, string language) =>
        All.Where(line => line.Split == split && line.Language == language);

    private static IEnumerable<WrittenSetLine> Read(string split) =>
        Languages.SelectMany(language => File.ReadLines(PathOf(split, language))
            .Select((text, index) => (text, number: index + 1))
            .Where(line => line.text.Length > 0)
            .Select(line => new WrittenSetLine(split, language, line.number, Parse(line.text))));

    private static JsonElement Parse(string line)
    {
        using var document = JsonDocument.Parse(line);
        return document.RootElement.Clone();
    }
}
