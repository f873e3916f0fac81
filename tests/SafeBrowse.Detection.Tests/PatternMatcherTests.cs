namespace SafeBrowse.Detection.Tests;

[TestClass]
public sealed class PatternMatcherTests
{
    private const string Pattern = @"\b(?:send|mandame) (?:me )?(?:a |una )?(?:pic|foto)\b";

    [TestMethod]
    public void IsMatch_FewerRunsThanTheThreshold_StaysOnTheInterpreter()
    {
        var matcher = new PatternMatcher(Pattern, new CompileBudget(1));

        Run(matcher, PatternMatcher.RunsBeforeCompiling - 1);

        Assert.IsFalse(matcher.IsCompiled);
    }

    [TestMethod]
    public void IsMatch_TheThresholdReached_CompilesAndAnswersAsBefore()
    {
        var matcher = new PatternMatcher(Pattern, new CompileBudget(1));
        var interpreted = Answers(matcher);

        Run(matcher, PatternMatcher.RunsBeforeCompiling - 3);
        var compiled = Answers(matcher);

        Assert.IsTrue(matcher.IsCompiled);
        Assert.AreEqual((true, true, false), interpreted);
        Assert.AreEqual(interpreted, compiled);
    }

    [TestMethod]
    public void IsMatch_BudgetSpentByAnotherPattern_StaysOnTheInterpreterAndAnswersAsBefore()
    {
        var budget = new CompileBudget(1);
        var first = new PatternMatcher(Pattern, budget);
        var second = new PatternMatcher(Pattern, budget);

        Run(first, PatternMatcher.RunsBeforeCompiling);
        Run(second, PatternMatcher.RunsBeforeCompiling);

        Assert.IsTrue(first.IsCompiled);
        Assert.IsFalse(second.IsCompiled);
        Assert.AreEqual((true, true, false), Answers(second));
    }

    [TestMethod]
    public void IsMatch_ManyThreadsCrossTheThreshold_CompilesAndEveryAnswerHolds()
    {
        var matcher = new PatternMatcher(Pattern, new CompileBudget(1));
        var answers = new bool[2 * PatternMatcher.RunsBeforeCompiling];

        Parallel.For(0, answers.Length, run => answers[run] = matcher.IsMatch(run % 2 == 0 ? "send me a pic" : "how was school"));

        Assert.IsTrue(matcher.IsCompiled);
        for (var run = 0; run < answers.Length; run++)
        {
            Assert.AreEqual(run % 2 == 0, answers[run], $"run {run}");
        }
    }

    private static (bool, bool, bool) Answers(PatternMatcher matcher) =>
        (matcher.IsMatch("send me a pic"), matcher.IsMatch("mandame una foto"), matcher.IsMatch("send me the notes"));

    private static void Run(PatternMatcher matcher, int times)
    {
        for (var run = 0; run < times; run++)
        {
            matcher.IsMatch("hola");
        }
    }
}
