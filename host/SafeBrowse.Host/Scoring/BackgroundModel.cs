using SafeBrowse.Detection;

namespace SafeBrowse.Host.Scoring;

/// <summary>
/// Loads the model on a worker thread while the host serves: reading its tables (or, without them, loading ML.NET)
/// would take a large share of the cold start, and <c>hello</c> need not wait for it. <see cref="Scorer"/> waits for
/// the load on first use.
/// </summary>
internal sealed class BackgroundModel
{
    private readonly Func<LoadedScorer> load;
    private readonly TaskCompletionSource<LoadedScorer> loading = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int started;

    /// <param name="load">Loads the model; run once, on a worker thread.</param>
    /// <param name="startAfter">
    /// When the load may begin: on two cores, ML.NET's load (its JIT and its collections, which pause every thread)
    /// held the first reply back by about a third. A score asked before then starts it at once. Null: at once.
    /// </param>
    public BackgroundModel(Func<LoadedScorer> load, Task? startAfter = null)
    {
        this.load = load;
        _ = loading.Task.ContinueWith(ReleaseEnginesOnceFast, TaskScheduler.Default).Unwrap();
        Scorer = new AwaitingScorer(this);
        if (startAfter is null)
        {
            Start();
        }
        else
        {
            _ = startAfter.ContinueWith(_ => Start(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        }
    }

    /// <summary>The loaded model, or null while it is still loading.</summary>
    public LoadedScorer? Loaded => loading.Task.IsCompletedSuccessfully ? loading.Task.Result : null;

    /// <summary>Completes when the model has loaded; does not start the load.</summary>
    public Task<LoadedScorer> Loading => loading.Task;

    public IMessageScorer Scorer { get; }

    /// <summary>Starts the load on a worker thread unless it has started already.</summary>
    public void Start()
    {
        if (Interlocked.Exchange(ref started, 1) == 1)
        {
            return;
        }

        _ = Task.Run(() =>
        {
            try
            {
                loading.SetResult(load());
            }
            catch (Exception failure)
            {
                loading.SetException(failure);
            }
        });
    }

    // Only a model loaded through ML.NET (its tables missing or stale) has engines to let go. The host lives as long as
    // the browser: the tens of megabytes ML.NET needed are returned to the system once, by a compacting collection,
    // instead of sitting in the heap for the rest of the day.
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

    private sealed class AwaitingScorer(BackgroundModel model) : IMessageScorer
    {
        public MessageScore Score(string text)
        {
            model.Start();
            return model.loading.Task.GetAwaiter().GetResult().Scorer.Score(text);
        }
    }
}
