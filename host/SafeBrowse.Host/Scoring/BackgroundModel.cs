using SafeBrowse.Detection;

namespace SafeBrowse.Host.Scoring;

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
        _ = loading.ContinueWith(ReleaseEnginesOnceFast, TaskScheduler.Default).Unwrap();
    }

    /// <summary>The loaded model, or null while it is still loading.</summary>
    public LoadedScorer? Loaded => loading.IsCompletedSuccessfully ? loading.Result : null;

    public Task<LoadedScorer> Loading => loading;

    public IMessageScorer Scorer { get; }

    // The host lives as long as the browser: the tens of megabytes ML.NET needed to load the model are returned to the
    // system once, by a compacting collection, instead of sitting in the heap for the rest of the day.
    private static async Task ReleaseEnginesOnceFast(Task<LoadedScorer> loaded)
    {
        if (!loaded.IsCompletedSuccessfully || loaded.Result.Scorer is not MlMessageScorer scorer)
        {
            return;
        }

        await scorer.FastPathReady.ConfigureAwait(false);
        if (scorer.ReleaseEngines())
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
    }

    private sealed class AwaitingScorer(Task<LoadedScorer> loading) : IMessageScorer
    {
        public MessageScore Score(string text) => loading.GetAwaiter().GetResult().Scorer.Score(text);
    }
}
