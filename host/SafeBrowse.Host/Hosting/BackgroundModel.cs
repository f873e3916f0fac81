using SafeBrowse.Detection;

namespace SafeBrowse.Host.Hosting;

/// <summary>
/// Loads the model on a worker thread while the host starts serving: loading ML.NET and the model takes most of the
/// cold start, and <c>hello</c> need not wait for it. <see cref="Scorer"/> waits for the load on first use.
/// </summary>
internal sealed class BackgroundModel
{
    private readonly Task<LoadedScorer> loading;

    public BackgroundModel(Func<LoadedScorer> load)
    {
        loading = Task.Run(load);
        Scorer = new AwaitingScorer(loading);
    }

    /// <summary>The loaded model, or null while it is still loading.</summary>
    public LoadedScorer? Loaded => loading.IsCompletedSuccessfully ? loading.Result : null;

    public Task<LoadedScorer> Loading => loading;

    public IMessageScorer Scorer { get; }

    private sealed class AwaitingScorer(Task<LoadedScorer> loading) : IMessageScorer
    {
        public MessageScore Score(string text) => loading.GetAwaiter().GetResult().Scorer.Score(text);
    }
}
