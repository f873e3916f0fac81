using System.Buffers;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace SafeBrowse.Detection;

/// <summary>
/// The trained pipeline (FeaturizeText with term-frequency word 1–2-grams and char 3-grams, L2 norm, then a
/// Platt-calibrated linear model) computed straight from the n-gram dictionaries and weights read out of the loaded
/// model. ML.NET's row machinery costs several µs a message; this about one. It only accepts text that is
/// already normalised (letters, digits and single spaces), which is all the pipeline ever sees.
/// </summary>
internal sealed class LinearTextModel
{
    private const string FeaturesColumn = "Features";
    private const string CharPrefix = "Char.";
    private const string WordPrefix = "Word.";
    private const char StartMarker = '\u0002';
    private const char EndMarker = '\u0003';
    private const char NgramSeparator = '|';
    private const int StackSlots = 512;

    private readonly NgramTable ngrams;
    private readonly float[] weights;
    private readonly double bias;
    private readonly double slope;
    private readonly double offset;

    private LinearTextModel(NgramTable ngrams, float[] weights, double bias, double slope, double offset)
    {
        this.ngrams = ngrams;
        this.weights = weights;
        this.bias = bias;
        this.slope = slope;
        this.offset = offset;
    }

    /// <summary>
    /// Reads the dictionaries and weights out of a model shaped like the one SafeBrowse.Training writes; null for any
    /// other shape, so the caller keeps ML.NET's own prediction path.
    /// </summary>
    public static LinearTextModel? TryCreate(ITransformer model, DataViewSchema inputSchema)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(inputSchema);
        if (model is not TransformerChain<ITransformer> chain
            || chain.LastTransformer is not ISingleFeaturePredictionTransformer<object> predictor
            || predictor.FeatureColumnName != FeaturesColumn
            || predictor.Model is not CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator> calibrated)
        {
            return null;
        }

        var features = model.GetOutputSchema(inputSchema).GetColumnOrNull(FeaturesColumn);
        if (features is not { } column || !column.HasSlotNames())
        {
            return null;
        }

        VBuffer<ReadOnlyMemory<char>> slotNames = default;
        column.GetSlotNames(ref slotNames);
        var names = slotNames.DenseValues().ToArray();
        var weights = calibrated.SubModel.Weights.ToArray();
        if (names.Length != weights.Length)
        {
            return null;
        }

        var wordSlots = new Dictionary<string, int>(StringComparer.Ordinal);
        var charSlots = new Dictionary<ulong, int>();
        for (var slot = 0; slot < names.Length; slot++)
        {
            var name = names[slot].Span;
            if (name.StartsWith(WordPrefix, StringComparison.Ordinal))
            {
                if (!wordSlots.TryAdd(name[WordPrefix.Length..].ToString(), slot))
                {
                    return null;
                }
            }
            else if (!name.StartsWith(CharPrefix, StringComparison.Ordinal)
                || !TryParseTrigram(name[CharPrefix.Length..], out var key)
                || !charSlots.TryAdd(key, slot))
            {
                return null;
            }
        }

        return new LinearTextModel(
            new NgramTable(charSlots, wordSlots),
            weights,
            calibrated.SubModel.Bias,
            calibrated.Calibrator.Slope,
            calibrated.Calibrator.Offset);
    }

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
            return Probability(NormalizedDot(slots[..charCount], weights) + NormalizedDot(slots.Slice(charCount, wordCount), weights) + bias);
        }
        finally
        {
            if (rentedSlots is not null)
            {
                ArrayPool<int>.Shared.Return(rentedSlots);
            }
        }
    }

    // Slot names show a char as itself, or a control char or space as its Unicode control picture in angle brackets.
    private static bool TryParseTrigram(ReadOnlySpan<char> name, out ulong key)
    {
        key = 0;
        Span<char> parsed = stackalloc char[3];
        for (var index = 0; index < parsed.Length; index++)
        {
            if (index > 0)
            {
                if (name.IsEmpty || name[0] != NgramSeparator)
                {
                    return false;
                }

                name = name[1..];
            }

            if (name.Length >= 3 && name[0] == '<' && name[2] == '>' && name[1] is >= '\u2400' and <= '\u2421')
            {
                parsed[index] = name[1] switch
                {
                    '\u2420' => ' ',
                    '\u2421' => '\u007F',
                    var picture => (char)(picture - '\u2400'),
                };
                name = name[3..];
            }
            else if (!name.IsEmpty)
            {
                parsed[index] = name[0];
                name = name[1..];
            }
            else
            {
                return false;
            }
        }

        key = NgramTable.TrigramKey(parsed[0], parsed[1], parsed[2]);
        return name.IsEmpty;
    }

    private int AddCharTrigrams(ReadOnlySpan<char> text, Span<int> slots)
    {
        var count = 0;
        var first = StartMarker;
        var second = text[0];
        for (var index = 1; index <= text.Length; index++)
        {
            var third = index < text.Length ? text[index] : EndMarker;
            if (ngrams.TryGetTrigram(NgramTable.TrigramKey(first, second, third), out var slot))
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

            if (ngrams.TryGetWord(token, out var slot))
            {
                slots[count++] = slot;
            }

            if (!previous.IsEmpty && ngrams.TryGetBigram(previous, token, out slot))
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
        (float)(1 / (1 + Math.Exp((slope * score) + offset)));
}
