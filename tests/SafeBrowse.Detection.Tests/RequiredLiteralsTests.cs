namespace SafeBrowse.Detection.Tests;

[TestClass]
public sealed class RequiredLiteralsTests
{
    [TestMethod]
    [DataRow(@"\b(?:te (?:regalo|compro|doy))\b", new[] { "te compro", "te doy", "te regalo" })]
    [DataRow(@"\b(?:our (?:little )?secret)\b", new[] { "our little secret", "our secret" })]
    [DataRow(@"\b(?:masturbat\w*|orgasm)\b", new[] { "masturbat", "orgasm" })]
    [DataRow(@"\b(?:if you (?:dont|tell)\b.{0,60}\b(?:ill|i will) post)\b", new[] { "if you dont", "if you tell" })]
    [DataRow(@"\b(?:step ?dad)\b", new[] { "step dad", "stepdad" })]
    [DataRow(@"a[bc]+d", new[] { "a" })]
    [DataRow(@"x[2-4]y", new[] { "x2y", "x3y", "x4y" })]
    public void Find_Pattern_ReturnsLiteralsEveryMatchContains(string pattern, string[] expected)
    {
        CollectionAssert.AreEquivalent(expected, RequiredLiterals.Find(pattern));
    }

    [TestMethod]
    [DataRow(@"\b(?:\w+)\b")]
    [DataRow(@"(?:a|)")]
    [DataRow(@"[^a]")]
    [DataRow(@"[\w]")]
    [DataRow(@"x?")]
    [DataRow(@"(?=lookahead)x")]
    [DataRow(@"(?<name>x)")]
    [DataRow(@"\k<x>")]
    [DataRow(@"(unclosed")]
    public void Find_PatternWithoutKnownLiterals_ReturnsNull(string pattern)
    {
        Assert.IsNull(RequiredLiterals.Find(pattern));
    }
}
