namespace SafeBrowse.Detection;

/// <summary>
/// How many more phrase patterns may be compiled. The lexicon's matchers share one, so what compiled patterns hold
/// (about 60 KB each, for the host's life) has a ceiling however long the host runs and whatever the chats say.
/// </summary>
internal sealed class CompileBudget(int patterns)
{
    private int left = patterns;

    /// <returns>Whether one more pattern may be compiled; every true takes one from the budget.</returns>
    public bool TryTake() => Interlocked.Decrement(ref left) >= 0;
}
