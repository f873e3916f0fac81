using SafeBrowse.Detection;
using SafeBrowse.Host.Scoring;
using SafeBrowse.Models;

namespace SafeBrowse.Host.Tests.Scoring;

[TestClass]
public sealed class BackgroundModelTests
{
    private static readonly LoadedScorer NoModel = MessageScorerLoader.Load(Path.Combine(Path.GetTempPath(), "no-model-here"));

    [TestMethod]
    public async Task Constructor_StartAfterNotYetComplete_DoesNotLoad()
    {
        var loads = 0;
        var signal = new TaskCompletionSource();

        var model = new BackgroundModel(() => { Interlocked.Increment(ref loads); return NoModel; }, signal.Task);
        await Task.Delay(200);

        Assert.AreEqual(0, Volatile.Read(ref loads));
        Assert.IsNull(model.Loaded);
    }

    [TestMethod]
    public async Task Constructor_StartAfterCompletes_LoadsOnce()
    {
        var loads = 0;
        var signal = new TaskCompletionSource();
        var model = new BackgroundModel(() => { Interlocked.Increment(ref loads); return NoModel; }, signal.Task);

        signal.SetResult();
        var loaded = await model.Loading.WaitAsync(TimeSpan.FromSeconds(30));
        model.Start();

        Assert.AreSame(NoModel, loaded);
        Assert.AreEqual(1, Volatile.Read(ref loads));
    }

    [TestMethod]
    public async Task Score_BeforeStartAfterCompletes_StartsTheLoadAndScores()
    {
        var model = new BackgroundModel(() => NoModel, new TaskCompletionSource().Task);

        var score = await Task.Run(() => model.Scorer.Score("hola, ¿cuántos años tienes?")).WaitAsync(TimeSpan.FromSeconds(30));

        var direct = NoModel.Scorer.Score("hola, ¿cuántos años tienes?");
        Assert.AreSame(NoModel, model.Loaded);
        Assert.AreEqual(direct.Probability, score.Probability);
        CollectionAssert.AreEqual(direct.Categories.ToList(), score.Categories.ToList());
    }

    [TestMethod]
    public async Task Loading_LoadThrows_Faults()
    {
        var model = new BackgroundModel(() => throw new InvalidDataException("damaged"));

        await Assert.ThrowsExactlyAsync<InvalidDataException>(() => model.Loading.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.IsNull(model.Loaded);
    }
}
