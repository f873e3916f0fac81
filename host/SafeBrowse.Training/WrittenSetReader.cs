using System.Text.Json;

namespace SafeBrowse.Training;

/// <summary>
/// Reads the hand-written sets: a folder of `lang.jsonl` files is one split named after the folder; a folder of such
/// folders (tests/conversations) is every split in it. Lines are checked at the boundary and refused with their number.
/// </summary>
internal static class WrittenSetReader
{
    private const string Extension = ".jsonl";

    public static IReadOnlyList<WrittenSplit> Read(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"{directory} does not exist.");
        }

        var folders = Directory.EnumerateFiles(directory, "*" + Extension).Any()
            ? [directory]
            : Directory.EnumerateDirectories(directory).Order(StringComparer.Ordinal).ToArray();
        var splits = folders
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*" + Extension)
                .OrderBy(LanguageOrder)
                .Select(file => ReadSplit(Path.GetFileName(folder), file)))
            .ToArray();
        return splits.Length > 0 ? splits : throw new InvalidDataException($"{directory} holds no {Extension} conversations.");
    }

    // Colombian Spanish first: it is the language the product is written for.
    private static string LanguageOrder(string file) =>
        Path.GetFileNameWithoutExtension(file) == "es" ? string.Empty : Path.GetFileNameWithoutExtension(file);

    private static WrittenSplit ReadSplit(string name, string path)
    {
        var conversations = new List<WrittenConversation>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            WrittenConversation? conversation;
            try
            {
                conversation = JsonSerializer.Deserialize(line, TrainingJsonContext.Default.WrittenConversation);
            }
            catch (JsonException invalid)
            {
                throw new InvalidDataException($"{path} line {number}: not a conversation ({invalid.Path})", invalid);
            }

            conversations.Add(conversation is { Messages: not null, Meta.Categories: not null }
                && conversation.Messages.All(message => message is { From: "contact" or "child", Text: not null })
                ? conversation
                : throw new InvalidDataException($"{path} line {number}: messages or meta are missing or malformed"));
        }

        return new WrittenSplit(name, Path.GetFileNameWithoutExtension(path), conversations);
    }
}
