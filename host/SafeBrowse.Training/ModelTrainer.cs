using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;
using SafeBrowse.Detection;

namespace SafeBrowse.Training;

/// <summary>Word 1–2-grams and char 3-grams of normalised text, then logistic regression (SDCA), fixed seed.</summary>
internal static class ModelTrainer
{
    private const int MaxWordNgrams = 40_000;
    private const int MaxCharNgrams = 20_000;

    public static ITransformer Train(MLContext context, IReadOnlyList<ModelInput> rows)
    {
        var data = context.Data.LoadFromEnumerable(rows);
        var featurizer = context.Transforms.Text.FeaturizeText(
            "Features",
            new TextFeaturizingEstimator.Options
            {
                CaseMode = TextNormalizingEstimator.CaseMode.None,
                KeepDiacritics = true,
                KeepPunctuations = false,
                KeepNumbers = true,
                WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true, MaximumNgramsCount = [MaxWordNgrams] },
                CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = false, MaximumNgramsCount = [MaxCharNgrams] },
                Norm = TextFeaturizingEstimator.NormFunction.L2,
            },
            nameof(ModelInput.Text));
        var trainer = context.BinaryClassification.Trainers.SdcaLogisticRegression(
            new SdcaLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = nameof(ModelInput.Label),
                FeatureColumnName = "Features",
                ExampleWeightColumnName = nameof(ModelInput.Weight),
                NumberOfThreads = 1,
                MaximumNumberOfIterations = 30,
                L2Regularization = 1e-4f,
                Shuffle = true,
            });

        using var heartbeat = new Heartbeat($"Featurizing and training on {rows.Count:N0} rows");
        return featurizer.Append(trainer).Fit(data);
    }
}
