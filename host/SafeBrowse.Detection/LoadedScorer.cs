namespace SafeBrowse.Detection;

/// <summary>The scorer the host uses, with the model version (null when the model did not load) and why not.</summary>
public sealed record LoadedScorer(IMessageScorer Scorer, string? ModelVersion, string? LoadError)
{
    /// <summary>Why the model was loaded through ML.NET rather than from the tables beside it; null when it was not.</summary>
    public string? TablesNotUsed { get; init; }
}
