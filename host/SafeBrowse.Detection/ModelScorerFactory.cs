using Microsoft.ML;

namespace SafeBrowse.Detection;

/// <summary>
/// Builds the scorer from a model its caller has read, since Detection reads no files; never throws, falls back to
/// category evidence alone.
/// </summary>
public static class ModelScorerFactory
{
    private const int ModelSeed = 1;

    /// <param name="model">The ML.NET model zip SafeBrowse.Training writes; read here, left open for its owner.</param>
    /// <param name="version">The model's version, from its info file.</param>
    /// <param name="modelName">What the model is called in a load error, e.g. its file name; never chat text.</param>
    public static LoadedScorer FromModel(Stream model, string version, string modelName)
    {
        ArgumentNullException.ThrowIfNull(model);
        try
        {
            var context = new MLContext(ModelSeed);
            var transformer = context.Model.Load(model, out _);
            var scorer = new MlMessageScorer(context, transformer);
            scorer.Predict("hola");
            return new LoadedScorer(scorer, version, null);
        }
#pragma warning disable CA1031 // A corrupt model can fail in many ML.NET ways; the host must keep running on the lexicon.
        catch (Exception error)
#pragma warning restore CA1031
        {
            return Fallback($"{modelName} is unreadable ({error.GetType().Name})");
        }
    }

    /// <summary>Scoring from category evidence alone, with why the model is not there.</summary>
    public static LoadedScorer Fallback(string reason) => new(new LexiconScorer(), null, reason);
}
