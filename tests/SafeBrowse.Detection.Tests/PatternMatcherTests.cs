namespace SafeBrowse.Detection.Tests;

[TestClass]
public sealed class PatternMatcherTests
{
    private const string Pattern = @"\b(?:send|mandame) (?:me )?(?:a |una )?(?:pic|foto)\b";

    [TestMethod]
    public void IsMatch_FewerRunsThanTheThreshold_StaysOnTheInterpreter()
    {
        var matcher = new PatternMatcher(Pattern);

        for (var run = 1; run < PatternMatcher.RunsBeforeCompiling; run++)
        {
            matcher.IsMatch("hola");
        }

        Assert.IsFalse(matcher.IsCompiled);
    }

    [TestMethod]
    public void IsMatch_TheThresholdReached_CompilesAndAnswersAsBefore()
    {
        var matcher = new PatternMatcher(Pattern);
        var interpreted = (matcher.IsMatch("send me a pic"), matcher.IsMatch("mandame una foto"), matcher.IsMatch("send me the notes"));

        for (var run = 3; run < PatternMatcher.RunsBeforeCompiling; run++)
        {
            matcher.IsMatch("hola");
        }

        var compiled = (matcher.IsMatch("send me a pic"), matcher.IsMatch("mandame una foto"), matcher.IsMatch("send me the notes"));

        Assert.IsTrue(matcher.IsCompiled);
        Assert.AreEqual((true, true, false), interpreted);
        Assert.AreEqual(interpreted, compiled);
    }

    [TestMethod]
    public void IsMatch_ManyThreadsCrossTheThreshold_CompilesAndEveryAnswerHolds()
    {
        var matcher = new PatternMatcher(Pattern);
        var answers = new bool[4 * PatternMatcher.RunsBeforeCompiling];

        Parallel.For(0, answers.Length, run => answers[run] = matcher.IsMatch(run % 2 == 0 ? "send me a pic" : "how was school"));

        Assert.IsTrue(matcher.IsCompiled);
        for (var run = 0; run < answers.Length; run++)
        {
            Assert.AreEqual(run % 2 == 0, answers[run], $"run {run}");
        }
    }
}
