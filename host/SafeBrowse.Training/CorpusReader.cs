using System.IO.Compression;
using System.Text.Json;

namespace SafeBrowse.Training;

/// <summary>Streams conversations out of a .jsonl.gz file, one line at a time.</summary>
internal static class CorpusReader
{
    public static List<CorpusConversation> ReadAll(string path, string name)
    {
        var conversations = new List<CorpusConversation>();
        long messages = 0;
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            var conversation = JsonSerializer.Deserialize(line, TrainingJsonContext.Default.CorpusConversation)
                ?? throw new InvalidDataException($"{path}: a line is not a conversation");
            conversations.Add(conversation);
            messages += conversation.Messages.Count;
            if (conversations.Count % 2_000 == 0 || (conversation.IsGrooming && conversations.Count % 50 == 0))
            {
                Console.WriteLine($"  {name}: {conversations.Count:N0} conversations, {messages:N0} messages read…");
            }
        }

        Console.WriteLine($"  {name}: done, {conversations.Count:N0} conversations, {messages:N0} messages");
        return conversations;
    }
}
