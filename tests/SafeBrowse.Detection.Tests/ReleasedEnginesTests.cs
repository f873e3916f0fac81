using SafeBrowse.Models;

namespace SafeBrowse.Detection.Tests;

[TestClass]
public sealed class ReleasedEnginesTests
{
    private static readonly string[] Texts = ["send me a pic of you", "no le digas a tus papas", "how was school", ""];

    [TestMethod]
    public void ReleaseEngines_AfterTheFastPath_ScoresStayTheSameAndTheReferencePathIsGone()
    {
        var scorer = MessageScorerLoader.LoadThroughMlNet(TestScorers.ModelDirectory);
        var before = Texts.Select(text => scorer.Score(text).Probability).ToList();

        Assert.IsTrue(scorer.ReleaseEngines());

        CollectionAssert.AreEqual(before, Texts.Select(text => scorer.Score(text).Probability).ToList());
        Assert.ThrowsExactly<InvalidOperationException>(() => scorer.PredictWithEngine("hola"));
    }
}
