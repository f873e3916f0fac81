namespace SafeBrowse.Detection;

/// <summary>
/// Model probability from the tables written beside the model (<see cref="LinearModelFile"/>) plus lexicon
/// categories: the same scores as <see cref="MlMessageScorer"/>'s direct computation, without loading ML.NET.
/// Thread-safe: the tables are read-only.
/// </summary>
public sealed class LinearMessageScorer : IMessageScorer
{
    private readonly LinearTextModel model;

    internal LinearMessageScorer(LinearTextModel model) => this.model = model;

    public MessageScore Score(string text)
    {
        var normalized = TextNormalizer.Normalize(text);
        return MessageScore.FromEvidence(normalized.Length == 0 ? 0f : model.Predict(normalized), CategoryLexicon.Match(normalized));
    }
}
