namespace SafeBrowse.Detection;

/// <summary>
/// Read-only open-addressing tables from the n-grams of <see cref="LinearTextModel"/> to their feature slots. Plain
/// arrays probed linearly keep a lookup to one or two cache lines, which is most of what scoring a message costs.
/// The tables are fixed after construction, so the longest probe is fixed too, whatever text comes in. Words and
/// bigrams ("first|second") are packed end to end in one char buffer: as a string each, about 80,000 of them held
/// twice their chars again in object headers, lengths and padding, for as long as the host runs.
/// </summary>
internal sealed class NgramTable
{
    private const ulong Occupied = 1UL << 63;
    private const ulong FnvOffset = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;
    private const ulong Golden = 0x9E3779B97F4A7C15;

    private readonly ulong[] charKeys;
    private readonly int[] charSlots;
    private readonly int charShift;

    // Word entry e is wordChars[wordStarts[e]..wordStarts[e + 1]] and has feature slot wordSlots[e]; the table holds
    // e + 1 at the entry's position, 0 where empty.
    private readonly char[] wordChars;
    private readonly int[] wordStarts;
    private readonly int[] wordSlots;
    private readonly int[] wordTable;
    private readonly int wordShift;

    public NgramTable(IReadOnlyDictionary<ulong, int> trigrams, IReadOnlyDictionary<string, int> words)
    {
        ArgumentNullException.ThrowIfNull(trigrams);
        ArgumentNullException.ThrowIfNull(words);
        var charBits = TableBits(trigrams.Count);
        (charKeys, charSlots, charShift) = (new ulong[1 << charBits], new int[1 << charBits], 64 - charBits);
        foreach (var (key, slot) in trigrams)
        {
            var index = CharIndex(key);
            while (charKeys[index] != 0)
            {
                index = (index + 1) & (charKeys.Length - 1);
            }

            charKeys[index] = key | Occupied;
            charSlots[index] = slot;
        }

        wordChars = new char[words.Keys.Sum(word => word.Length)];
        wordStarts = new int[words.Count + 1];
        wordSlots = new int[words.Count];
        var wordBits = TableBits(words.Count);
        (wordTable, wordShift) = (new int[1 << wordBits], 64 - wordBits);
        var entry = 0;
        foreach (var (key, slot) in words)
        {
            key.CopyTo(wordChars.AsSpan(wordStarts[entry]));
            wordStarts[entry + 1] = wordStarts[entry] + key.Length;
            wordSlots[entry] = slot;
            var index = WordIndex(Hash(FnvOffset, key));
            while (wordTable[index] != 0)
            {
                index = (index + 1) & (wordTable.Length - 1);
            }

            wordTable[index] = ++entry;
        }
    }

    /// <summary>Every trigram key with its slot, in slot order.</summary>
    public IEnumerable<(ulong Key, int Slot)> Trigrams() =>
        charKeys.Select((stored, index) => (Key: stored & ~Occupied, Slot: charSlots[index]))
            .Where((_, index) => charKeys[index] != 0)
            .OrderBy(entry => entry.Slot);

    /// <summary>Every word and bigram ("first|second") with its slot, in slot order.</summary>
    public IEnumerable<(string Ngram, int Slot)> Words() =>
        Enumerable.Range(0, wordSlots.Length).Select(entry => (Ngram: Word(entry).ToString(), Slot: wordSlots[entry])).OrderBy(entry => entry.Slot);

    /// <summary>Three UTF-16 chars in one key.</summary>
    public static ulong TrigramKey(char first, char second, char third) =>
        ((ulong)first << 32) | ((ulong)second << 16) | third;

    public bool TryGetTrigram(ulong key, out int slot)
    {
        var stored = key | Occupied;
        for (var index = CharIndex(key); charKeys[index] != 0; index = (index + 1) & (charKeys.Length - 1))
        {
            if (charKeys[index] == stored)
            {
                slot = charSlots[index];
                return true;
            }
        }

        slot = -1;
        return false;
    }

    public bool TryGetWord(ReadOnlySpan<char> word, out int slot)
    {
        for (var index = WordIndex(Hash(FnvOffset, word)); wordTable[index] is var stored and not 0; index = (index + 1) & (wordTable.Length - 1))
        {
            if (word.SequenceEqual(Word(stored - 1)))
            {
                slot = wordSlots[stored - 1];
                return true;
            }
        }

        slot = -1;
        return false;
    }

    /// <summary>Looks up "first|second" without building that string.</summary>
    public bool TryGetBigram(ReadOnlySpan<char> first, ReadOnlySpan<char> second, out int slot)
    {
        var hash = Hash(Hash(Hash(FnvOffset, first), "|"), second);
        var length = first.Length + 1 + second.Length;
        for (var index = WordIndex(hash); wordTable[index] is var stored and not 0; index = (index + 1) & (wordTable.Length - 1))
        {
            var key = Word(stored - 1);
            if (key.Length == length && key[first.Length] == '|' && key[..first.Length].SequenceEqual(first)
                && key[(first.Length + 1)..].SequenceEqual(second))
            {
                slot = wordSlots[stored - 1];
                return true;
            }
        }

        slot = -1;
        return false;
    }

    // At most half full, so probes stay short.
    private static int TableBits(int count) => Math.Max(4, 64 - (int)ulong.LeadingZeroCount((ulong)Math.Max(1, count) * 2));

    private static ulong Hash(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ c) * FnvPrime;
        }

        return hash;
    }

    private ReadOnlySpan<char> Word(int entry) => wordChars.AsSpan(wordStarts[entry], wordStarts[entry + 1] - wordStarts[entry]);

    private int CharIndex(ulong key) => (int)((key * Golden) >> charShift);

    private int WordIndex(ulong hash) => (int)((hash * Golden) >> wordShift);
}
