using System.Globalization;
using SafeBrowse.Detection;
using SafeBrowse.Models;

namespace SafeBrowse.Benchmarks;

/// <summary>
/// What the host's steady memory is made of, in managed bytes a full collection leaves: the loaded model once the
/// fast path serves, and each contact the engine tracks. Counts bytes rather than time, so a busy machine does not
/// move it; VmRSS over real pipes is bench/host-pipe.mjs's job.
/// </summary>
internal static class MemoryReport
{
    private const int Contacts = 10_000;
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);

    public static void Run(TextWriter output)
    {
        var culture = CultureInfo.InvariantCulture;
        var beforeLexicon = Retained();
        new LexiconScorer().Score("hola");
        var lexicon = Retained() - beforeLexicon;
        var beforeTables = Retained();
        var loaded = MessageScorerLoader.Load(ModelDirectory.Path);
        var scorer = loaded.Scorer as LinearMessageScorer ?? throw new InvalidOperationException($"model did not load from its tables: {loaded.LoadError ?? loaded.TablesNotUsed}");
        var fromTables = Retained() - beforeTables;
        var beforeMlNet = Retained();
        var throughMlNet = MessageScorerLoader.LoadThroughMlNet(ModelDirectory.Path);
        var withEngines = Retained() - beforeMlNet;
        throughMlNet.ReleaseEngines();
        var released = Retained() - beforeMlNet;
        GC.KeepAlive(throughMlNet);

        output.WriteLine();
        output.WriteLine("## Managed memory a full collection leaves");
        output.WriteLine();
        output.WriteLine("| what | bytes |");
        output.WriteLine("|---|---:|");
        output.WriteLine(string.Create(culture, $"| category lexicon | {lexicon:N0} |"));
        output.WriteLine(string.Create(culture, $"| model from its tables (what the host loads) | {fromTables:N0} |"));
        output.WriteLine(string.Create(culture, $"| model through ML.NET, fast path ready | {withEngines:N0} |"));
        output.WriteLine(string.Create(culture, $"| model through ML.NET after ReleaseEngines | {released:N0} |"));
        // Once, so the lexicon, the patterns and the code's statics are not counted as the first contacts' state.
        PerContact(scorer, risky: false);
        PerContact(scorer, risky: true);
        output.WriteLine(string.Create(culture, $"| per contact, {Contacts:N0} new contacts with plain messages | {PerContact(scorer, risky: false):N0} |"));
        output.WriteLine(string.Create(culture, $"| per contact, {Contacts:N0} new contacts with grooming lines | {PerContact(scorer, risky: true):N0} |"));
        GC.KeepAlive(scorer);
    }

    // One message from each new contact in a conversation of its own, as host-pipe.mjs's "new contacts" run sends.
    private static long PerContact(IMessageScorer scorer, bool risky)
    {
        var lines = risky
            ? new[] { "dont tell your parents about us", "send me a pic of you", "no le digas a tus papás", "estas sola en la casa?" }
            : ChatMessages.Create(64);
        var messages = Enumerable.Range(0, Contacts).Select(index => new ObservedMessage(
            $"n{index}", $"n{index}-u0", MessageDirection.Incoming, lines[index % lines.Length], Start.AddSeconds(index), Key: $"n{index}|m-0")).ToArray();
        var engine = new RiskEngine(scorer, store: new CountingStore());
        var before = Retained();
        foreach (var message in messages)
        {
            engine.Observe(message);
        }

        var after = Retained();
        GC.KeepAlive(engine);
        return (after - before) / Contacts;
    }

    private static long Retained()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    // Keeps nothing, so only the engine's own state is counted; fingerprints as the SQLite store does, so evidence marks them.
    private sealed class CountingStore : IContactStateStore
    {
        public StoredContactState? Load(string conversation, string contact) => null;

        public long? Save(string conversation, string contact, byte[] snapshot, long expectedRevision, DateTimeOffset seenAt) => expectedRevision + 1;

        public uint? Fingerprint(string messageKey) => (uint)messageKey.GetHashCode(StringComparison.Ordinal);
    }
}
