using Microsoft.ML;

namespace SafeBrowse.Detection;

/// <summary>
/// Builds the scorer from a model its caller has read, since Detection reads no files: from the ML.NET model, which
/// never throws and falls back to category evidence alone, or from the tables written beside it.
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

    /// <summary>The scorer from the tables written beside the model, which needs no ML.NET.</summary>
    /// <param name="tables">The tables file's bytes.</param>
    /// <param name="modelHash">The SHA-256 of the model file beside them, which the tables must name.</param>
    /// <param name="version">The model's version, from its info file.</param>
    /// <exception cref="InvalidDataException">The tables are unreadable, or were written for another model file.</exception>
    public static LoadedScorer FromTables(ReadOnlyMemory<byte> tables, ReadOnlySpan<byte> modelHash, string version) =>
        new(new LinearMessageScorer(LinearModelFile.Read(tables, modelHash)), version, null);

    /// <summary>Scoring from category evidence alone, with why the model is not there.</summary>
    public static LoadedScorer Fallback(string reason) => new(new LexiconScorer(), null, reason);
}
