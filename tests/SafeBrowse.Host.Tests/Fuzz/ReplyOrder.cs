using System.Text.Json;

namespace SafeBrowse.Host.Tests.Fuzz;

/// <summary>
/// Puts replies back in the order of the frames they answer. A request whose handler runs off the serving loop is
/// answered when ready, perhaps after later requests (docs/protocol.md), so its reply is found by its id; every other
/// reply comes in the order of its frame.
/// </summary>
internal static class ReplyOrder
{
    /// <returns>One entry per frame, in the frames' order: its reply, or null when it got none.</returns>
    public static IReadOnlyList<byte[]?> Restore(IReadOnlyList<FuzzCase> sent, IReadOnlyList<byte[]> replies, IReadOnlySet<string> offLoopTypes)
    {
        var expected = sent.Select(EnvelopeOracle.For).ToList();
        var offLoop = expected.Select(oracle => oracle.Type is { } type && offLoopTypes.Contains(type)).ToList();
        var pendingOffLoop = expected.Where((_, index) => offLoop[index]).Select(oracle => oracle.Id!).ToList();
        var offLoopReplies = new List<(string Id, byte[] Reply)>();
        var restored = new byte[]?[sent.Count];
        var nextInLoop = NextInLoop(offLoop, 0);

        foreach (var reply in replies)
        {
            var id = IdOf(reply);
            var answersNextInLoop = nextInLoop < sent.Count && expected[nextInLoop].Id == id;
            if (id is not null && !answersNextInLoop && pendingOffLoop.Remove(id))
            {
                offLoopReplies.Add((id, reply));
                continue;
            }

            if (nextInLoop < sent.Count)
            {
                restored[nextInLoop] = reply;
                nextInLoop = NextInLoop(offLoop, nextInLoop + 1);
            }
        }

        for (var index = 0; index < sent.Count; index++)
        {
            if (offLoop[index] && offLoopReplies.FindIndex(found => found.Id == expected[index].Id) is var at and >= 0)
            {
                restored[index] = offLoopReplies[at].Reply;
                offLoopReplies.RemoveAt(at);
            }
        }

        return restored;
    }

    private static int NextInLoop(List<bool> offLoop, int from)
    {
        var index = from;
        while (index < offLoop.Count && offLoop[index])
        {
            index++;
        }

        return index;
    }

    private static string? IdOf(byte[] reply)
    {
        try
        {
            using var document = JsonDocument.Parse(reply);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("id", out var id)
                && id.ValueKind == JsonValueKind.String
                ? id.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
