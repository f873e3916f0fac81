using System.Buffers;
using System.Text.Json;
using SafeBrowse.Detection;
using SafeBrowse.Host.Json;
using SafeBrowse.Host.Messaging;

namespace SafeBrowse.Host.Scanning;

/// <summary>
/// Replays each conversation line through <see cref="ConversationReplayer"/> (the live scoring path) and writes one
/// decision line per conversation, in input order. Bad lines are reported by number and skipped; their text is never echoed.
/// </summary>
internal sealed class ConversationScanner(ConversationReplayer replayer, TextWriter problems, DateTimeOffset start, ScanRecorder? recorder = null)
{
    public const int MaxLineBytes = 64 * 1024 * 1024;

    private long conversations;
    private long messages;
    private long badLines;
    private long raised;

    public long Conversations => Interlocked.Read(ref conversations);

    public long Messages => Interlocked.Read(ref messages);

    public async Task<ScanSummary> ScanAsync(Stream input, Stream output, CancellationToken cancellationToken)
    {
        await using var writer = new Utf8JsonWriter(output);
        var lines = new BoundedLineReader(input, MaxLineBytes);
        await lines.ReadAsync(
            (number, line) => ScanLine(number, line, writer, output),
            (number, length) => Report(number, $"longer than {MaxLineBytes / (1024 * 1024)} MiB ({length:N0} bytes)"),
            cancellationToken);
        await writer.FlushAsync(cancellationToken);
        return new ScanSummary(conversations, messages, badLines, raised);
    }

    private void ScanLine(long number, ReadOnlySequence<byte> line, Utf8JsonWriter writer, Stream output)
    {
        if (IsBlank(line))
        {
            return;
        }

        CorpusConversationLine? conversation;
        try
        {
            var reader = new Utf8JsonReader(line);
            conversation = JsonSerializer.Deserialize(ref reader, ScanJsonContext.Default.CorpusConversationLine);
        }
        catch (JsonException invalid)
        {
            Report(number, $"not a conversation in the shared format ({JsonErrorDescription.WithoutValues(invalid)})");
            return;
        }

        if (conversation is null || conversation.Id.Length == 0)
        {
            Report(number, "the conversation has no id");
            return;
        }

        var replayMessages = new List<ReplayMessage>(conversation.Messages.Count);
        for (var index = 0; index < conversation.Messages.Count; index++)
        {
            var message = conversation.Messages[index];
            if (message.From is not ("contact" or "child"))
            {
                Report(number, $"messages[{index}].from must be \"contact\" or \"child\"");
                return;
            }

            replayMessages.Add(new ReplayMessage(message.From == "contact", message.Author, message.Text));
        }

        var outcome = replayer.Replay(replayMessages, start);
        recorder?.Record(conversation.Id, replayMessages, outcome);
        JsonSerializer.Serialize(writer, ToDecision(conversation.Id, outcome), ScanJsonContext.Default.ScanDecisionLine);
        writer.Flush();
        writer.Reset();
        output.WriteByte((byte)'\n');

        Interlocked.Increment(ref conversations);
        Interlocked.Add(ref messages, replayMessages.Count);
        if (outcome.Level != RiskLevel.None)
        {
            raised++;
        }
    }

    private static ScanDecisionLine ToDecision(string id, ReplayOutcome outcome) =>
        new(id, RiskLevelNames.Of(outcome.Level), outcome.FirstNotice, outcome.FirstAlert, outcome.Categories);

    private static bool IsBlank(ReadOnlySequence<byte> line)
    {
        foreach (var segment in line)
        {
            foreach (var value in segment.Span)
            {
                if (value is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private void Report(long number, string problem)
    {
        badLines++;
        problems.WriteLine($"line {number}: skipped: {problem}");
    }
}
