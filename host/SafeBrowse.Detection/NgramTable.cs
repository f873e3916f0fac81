namespace SafeBrowse.Detection;

/// <summary>
/// Read-only open-addressing tables from the n-grams of <see cref="LinearTextModel"/> to their feature slots. Plain
/// arrays probed linearly keep a lookup to one or two cache lines, which is most of what scoring a message costs.
/// The tables are fixed after construction, so the longest probe is fixed too, whatever text comes in.
/// </summary>
internal sealed class NgramTable
{
    private const ulong Occupied = 1UL << 63;
    private const ulong FnvOffset = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;
    private const ulong Golden = 0x9E3779B97F4A7C15;

    private readonly ulong[] charKeys;
    private readonly int[] charSlots;
    private readonly string?[] wordKeys;
    private readonly int[] wordSlots;
    private readonly int charShift;
    private readonly int wordShift;

    public NgramTable(IReadOnlyDictionary<ulong, int> trigrams, IReadOnlyDictionary<string, int> words)
    {
        ArgumentNullException.ThrowIfNull(trigrams);
        ArgumentNullException.ThrowIfNull(words);
        (charKeys, charSlots, charShift) = Allocate<ulong>(trigrams.Count);
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

        (wordKeys, wordSlots, wordShift) = Allocate<string?>(words.Count);
        foreach (var (key, slot) in words)
        {
            var index = WordIndex(Hash(FnvOffset, key));
            while (wordKeys[index] is not null)
            {
                index = (index + 1) & (wordKeys.Length - 1);
            }

            wordKeys[index] = key;
            wordSlots[index] = slot;
        }
    }

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
        for (var index = WordIndex(Hash(FnvOffset, word)); wordKeys[index] is { } key; index = (index + 1) & (wordKeys.Length - 1))
        {
            if (word.SequenceEqual(key))
            {
                slot = wordSlots[index];
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
        for (var index = WordIndex(hash); wordKeys[index] is { } key; index = (index + 1) & (wordKeys.Length - 1))
        {
            if (key.Length == length && key[first.Length] == '|' && key.AsSpan(0, first.Length).SequenceEqual(first)
                && key.AsSpan(first.Length + 1).SequenceEqual(second))
            {
                slot = wordSlots[index];
                return true;
            }
        }

        slot = -1;
        return false;
    }

    private static (T[] Keys, int[] Slots, int Shift) Allocate<T>(int count)
    {
        // At most half full, so probes stay short.
        var bits = Math.Max(4, 64 - (int)ulong.LeadingZeroCount((ulong)Math.Max(1, count) * 2));
        return (new T[1 << bits], new int[1 << bits], 64 - bits);
    }

    private static ulong Hash(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ c) * FnvPrime;
        }

        return hash;
    }

    private int CharIndex(ulong key) => (int)((key * Golden) >> charShift);

    private int WordIndex(ulong hash) => (int)((hash * Golden) >> wordShift);
}
