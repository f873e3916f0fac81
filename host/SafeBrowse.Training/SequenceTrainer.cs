using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using SafeBrowse.Detection;

namespace SafeBrowse.Training;

/// <summary>
/// Logistic regression (L-BFGS, one thread) on <see cref="CourseFeatures"/>: small enough to read its weights, and
/// evaluated at run time as one dot product by <see cref="SequenceModel"/>. The features are already scaled to about
/// 0–1, so there is no normaliser the host would have to repeat.
/// </summary>
internal static class SequenceTrainer
{
    // Mild: the features are few and the benign prefixes that may speak number only in the hundreds.
    private const float L2Regularization = 0.5f;

    public static (float[] Weights, float Bias) Train(MLContext context, IReadOnlyList<SequenceRow> rows)
    {
        var schema = SchemaDefinition.Create(typeof(SequenceRow));
        schema[nameof(SequenceRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, CourseFeatures.Count);
        var data = context.Data.ShuffleRows(context.Data.LoadFromEnumerable(rows, schema), seed: 1);
        var trainer = context.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(SequenceRow.Label),
            FeatureColumnName = nameof(SequenceRow.Features),
            ExampleWeightColumnName = nameof(SequenceRow.Weight),
            L2Regularization = L2Regularization,
            L1Regularization = 0,
            NumberOfThreads = 1,
        });

        using var heartbeat = new Heartbeat($"Training the sequence model on {rows.Count:N0} prefixes");
        var parameters = trainer.Fit(data).Model.SubModel;
        return ([.. parameters.Weights], parameters.Bias);
    }
}
