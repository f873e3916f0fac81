using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace SafeBrowse.Detection;

/// <summary>
/// Reads <see cref="LinearTextModel"/>'s dictionaries and weights out of a loaded ML.NET model: the feature column's
/// slot names give each n-gram its slot, and the calibrated linear predictor gives the weights.
/// </summary>
internal static class LinearModelExtractor
{
    private const string FeaturesColumn = "Features";
    private const string CharPrefix = "Char.";
    private const string WordPrefix = "Word.";
    private const char NgramSeparator = '|';

    /// <summary>
    /// Reads the dictionaries and weights out of a model shaped like the one SafeBrowse.Training writes; null for any
    /// other shape, so the caller keeps ML.NET's own prediction path.
    /// </summary>
    public static LinearTextModel? TryExtract(ITransformer model, DataViewSchema inputSchema)
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
}
