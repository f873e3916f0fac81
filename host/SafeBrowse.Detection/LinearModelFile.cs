using System.Runtime.InteropServices;
using System.Text;

namespace SafeBrowse.Detection;

/// <summary>
/// <see cref="LinearTextModel"/>'s tables as a file beside the ML.NET model they came from, so the host scores
/// without loading ML.NET (its code, its JIT and its load's garbage stayed in the host's memory for the whole day).
/// In the machine's byte order, little-endian on every platform the host is built for: a magic and format number, the
/// SHA-256 of the model file the tables were read from, the bias and the calibrator, the weights, each trigram and each
/// word or bigram (in UTF-16) with its slot, and probe texts with the probability ML.NET gave each. Reading checks all
/// of it, the probes included, and throws
/// <see cref="InvalidDataException"/> on anything else, so the caller can load the model through ML.NET instead.
/// </summary>
internal static class LinearModelFile
{
    public const int HashLength = 32;

    private const int Format = 1;
    private static readonly byte[] Magic = "SBLM"u8.ToArray();

    public static void Write(LinearTextModel model, IReadOnlyList<(string Text, float Probability)> probes, ReadOnlySpan<byte> modelHash, Stream output)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(probes);
        ArgumentNullException.ThrowIfNull(output);
        if (modelHash.Length != HashLength)
        {
            throw new ArgumentException($"A model hash is {HashLength} bytes.", nameof(modelHash));
        }

        using var writer = new BinaryWriter(output, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Format);
        writer.Write(modelHash);
        writer.Write(model.Bias);
        writer.Write(model.Slope);
        writer.Write(model.Offset);
        writer.Write(model.Weights.Length);
        writer.Write(MemoryMarshal.AsBytes(model.Weights));

        var trigrams = model.Ngrams.Trigrams().ToList();
        writer.Write(trigrams.Count);
        foreach (var (key, slot) in trigrams)
        {
            writer.Write(key);
            writer.Write(slot);
        }

        var words = model.Ngrams.Words().ToList();
        writer.Write(words.Count);
        foreach (var (ngram, slot) in words)
        {
            writer.Write(slot);
            WriteChars(writer, ngram);
        }

        writer.Write(probes.Count);
        foreach (var (text, probability) in probes)
        {
            WriteChars(writer, text);
            writer.Write(probability);
        }
    }

    /// <exception cref="InvalidDataException">
    /// The bytes are not tables of this format, were written for another model file, are cut short or inconsistent, or
    /// disagree with ML.NET on a probe text.
    /// </exception>
    public static LinearTextModel Read(ReadOnlyMemory<byte> file, ReadOnlySpan<byte> modelHash)
    {
        var reader = new SpanReader(file.Span);
        if (!reader.Bytes(Magic.Length).SequenceEqual(Magic))
        {
            throw new InvalidDataException("not SafeBrowse model tables");
        }

        if (reader.Int32() is var format && format != Format)
        {
            throw new InvalidDataException($"tables format {format}, this host reads {Format}");
        }

        if (!reader.Bytes(HashLength).SequenceEqual(modelHash))
        {
            throw new InvalidDataException("the tables were written for another model file");
        }

        var (bias, slope, offset) = (reader.Double(), reader.Double(), reader.Double());
        var weights = MemoryMarshal.Cast<byte, float>(reader.Bytes(checked(reader.Count(sizeof(float)) * sizeof(float)))).ToArray();
        if (!double.IsFinite(bias) || !double.IsFinite(slope) || !double.IsFinite(offset) || !weights.All(float.IsFinite))
        {
            throw new InvalidDataException("the tables hold a weight that is not a number");
        }

        var trigrams = new Dictionary<ulong, int>();
        for (var remaining = reader.Count(sizeof(ulong) + sizeof(int)); remaining > 0; remaining--)
        {
            if (!trigrams.TryAdd(reader.UInt64(), reader.Slot(weights.Length)))
            {
                throw new InvalidDataException("the tables list a trigram twice");
            }
        }

        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var remaining = reader.Count(2 * sizeof(int)); remaining > 0; remaining--)
        {
            var slot = reader.Slot(weights.Length);
            if (!words.TryAdd(reader.Chars(), slot))
            {
                throw new InvalidDataException("the tables list a word twice");
            }
        }

        var model = new LinearTextModel(new NgramTable(trigrams, words), weights, bias, slope, offset);
        var probes = reader.Count(sizeof(int) + sizeof(float));
        if (probes == 0)
        {
            throw new InvalidDataException("the tables carry no probe texts to check them by");
        }

        for (; probes > 0; probes--)
        {
            var text = reader.Chars();
            var expected = reader.Single();
            if (text.Length == 0 || Math.Abs(model.Predict(text) - expected) > MlMessageScorer.Tolerance)
            {
                throw new InvalidDataException("the tables disagree with ML.NET on a probe text");
            }
        }

        if (!reader.AtEnd)
        {
            throw new InvalidDataException("the tables have bytes after their end");
        }

        return model;
    }

    private static void WriteChars(BinaryWriter writer, string text)
    {
        writer.Write(text.Length);
        writer.Write(MemoryMarshal.AsBytes(text.AsSpan()));
    }

    // BinaryReader over a MemoryStream would do, but it reads chars through an encoding; these tables are raw UTF-16.
    private ref struct SpanReader(ReadOnlySpan<byte> bytes)
    {
        private ReadOnlySpan<byte> rest = bytes;

        public readonly bool AtEnd => rest.IsEmpty;

        public ReadOnlySpan<byte> Bytes(int count)
        {
            if (count < 0 || count > rest.Length)
            {
                throw new InvalidDataException("the tables are cut short");
            }

            var taken = rest[..count];
            rest = rest[count..];
            return taken;
        }

        public int Int32() => BitConverter.ToInt32(Bytes(sizeof(int)));

        public ulong UInt64() => BitConverter.ToUInt64(Bytes(sizeof(ulong)));

        public float Single() => BitConverter.ToSingle(Bytes(sizeof(float)));

        public double Double() => BitConverter.ToDouble(Bytes(sizeof(double)));

        /// <summary>A count of entries of at least <paramref name="entryBytes"/> each, which the rest must have room for.</summary>
        public int Count(int entryBytes)
        {
            var count = Int32();
            if (count < 0 || count > rest.Length / entryBytes)
            {
                throw new InvalidDataException("the tables are cut short");
            }

            return count;
        }

        public int Slot(int slots)
        {
            var slot = Int32();
            if (slot < 0 || slot >= slots)
            {
                throw new InvalidDataException("the tables name a slot the weights do not have");
            }

            return slot;
        }

        public string Chars() => new(MemoryMarshal.Cast<byte, char>(Bytes(checked(Count(sizeof(char)) * sizeof(char)))));
    }
}
