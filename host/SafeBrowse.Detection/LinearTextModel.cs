using System.Buffers;

namespace SafeBrowse.Detection;

/// <summary>
/// The trained pipeline (FeaturizeText with term-frequency word 1–2-grams and char 3-grams, L2 norm, then a
/// Platt-calibrated linear model) computed straight from its n-gram dictionaries and weights, which come out of the
/// ML.NET model (<see cref="LinearModelExtractor"/>) or out of the tables written beside it
/// (<see cref="LinearModelFile"/>). ML.NET's row machinery costs several µs a message; this about one. It only
/// accepts text that is already normalised (letters, digits and single spaces), which is all the pipeline ever sees.
/// </summary>
internal sealed class LinearTextModel
{
    private const char StartMarker = '\u0002';
    private const char EndMarker = '\u0003';
    private const int StackSlots = 512;

    private readonly float[] weights;

    public LinearTextModel(NgramTable ngrams, float[] weights, double bias, double slope, double offset)
    {
        ArgumentNullException.ThrowIfNull(ngrams);
        ArgumentNullException.ThrowIfNull(weights);
        Ngrams = ngrams;
        this.weights = weights;
        Bias = bias;
        Slope = slope;
        Offset = offset;
    }

    public NgramTable Ngrams { get; }

    public ReadOnlySpan<float> Weights => weights;

    public double Bias { get; }

    public double Slope { get; }

    public double Offset { get; }

    /// <summary>The calibrated probability for normalised, non-empty text.</summary>
    public float Predict(ReadOnlySpan<char> normalizedText)
    {
        // Every char position yields one trigram; every token a unigram and at most one bigram.
        var capacity = (2 * normalizedText.Length) + 2;
        int[]? rentedSlots = null;
        var slots = capacity <= StackSlots ? stackalloc int[StackSlots] : (rentedSlots = ArrayPool<int>.Shared.Rent(capacity));
        try
        {
            var charCount = AddCharTrigrams(normalizedText, slots);
            var wordCount = AddWordNgrams(normalizedText, slots[charCount..]);
            return Probability(NormalizedDot(slots[..charCount], weights) + NormalizedDot(slots.Slice(charCount, wordCount), weights) + Bias);
        }
        finally
        {
            if (rentedSlots is not null)
            {
                ArrayPool<int>.Shared.Return(rentedSlots);
            }
        }
    }

    private int AddCharTrigrams(ReadOnlySpan<char> text, Span<int> slots)
    {
        var count = 0;
        var first = StartMarker;
        var second = text[0];
        for (var index = 1; index <= text.Length; index++)
        {
            var third = index < text.Length ? text[index] : EndMarker;
            if (Ngrams.TryGetTrigram(NgramTable.TrigramKey(first, second, third), out var slot))
            {
                slots[count++] = slot;
            }

            first = second;
            second = third;
        }

        return count;
    }

    private int AddWordNgrams(ReadOnlySpan<char> text, Span<int> slots)
    {
        var count = 0;
        var previous = ReadOnlySpan<char>.Empty;
        foreach (var range in text.Split(' '))
        {
            var token = text[range];
            if (token.IsEmpty)
            {
                continue;
            }

            if (Ngrams.TryGetWord(token, out var slot))
            {
                slots[count++] = slot;
            }

            if (!previous.IsEmpty && Ngrams.TryGetBigram(previous, token, out slot))
            {
                slots[count++] = slot;
            }

            previous = token;
        }

        return count;
    }

    // FeaturizeText normalises the char block and the word block each to unit length before concatenating them.
    private static double NormalizedDot(Span<int> slots, float[] weights)
    {
        // Term frequencies: equal slots sit together once sorted.
        slots.Sort();
        double dot = 0;
        double sumOfSquares = 0;
        for (var start = 0; start < slots.Length;)
        {
            var end = start + 1;
            while (end < slots.Length && slots[end] == slots[start])
            {
                end++;
            }

            double frequency = end - start;
            dot += frequency * weights[slots[start]];
            sumOfSquares += frequency * frequency;
            start = end;
        }

        return sumOfSquares > 0 ? dot / Math.Sqrt(sumOfSquares) : 0;
    }

    private float Probability(double score) =>
        // PlattCalibrator's form: 1 / (1 + e^(slope·score + offset)).
        (float)(1 / (1 + Math.Exp((Slope * score) + Offset)));
}
