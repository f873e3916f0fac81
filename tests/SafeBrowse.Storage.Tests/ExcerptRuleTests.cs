using System.Globalization;
using SafeBrowse.Protocol;

namespace SafeBrowse.Storage.Tests;

/// <summary>
/// The one excerpt rule the host, the store and the digest share. These tests run with invariant globalisation, as the
/// host does (Directory.Build.props): text elements must still come whole.
/// </summary>
[TestClass]
public sealed class ExcerptRuleTests
{
    private const string Family = "👨\u200D👩\u200D👧\u200D👦";
    private const string Colombia = "🇨🇴";
    private const string ThumbsUpMedium = "👍🏽";
    private const string AcuteE = "e\u0301";

    [TestMethod]
    [DataRow(null)]
    [DataRow("")]
    [DataRow(" \n\t ")]
    public void Of_NoText_IsNull(string? text) => Assert.IsNull(ExcerptRule.Of(text));

    [TestMethod]
    public void Of_TextAtTheLimit_IsKeptTrimmedAndWhole()
    {
        var text = new string('a', ExcerptRule.MaxLength);

        Assert.AreEqual(text, ExcerptRule.Of("  " + text + "\n"));
    }

    [TestMethod]
    public void Of_TextOverTheLimit_EndsWithAnEllipsisWithinTheLimit()
    {
        var excerpt = ExcerptRule.Of(new string('a', 150) + new string('b', 150));

        Assert.AreEqual(new string('a', 150) + new string('b', 49) + "…", excerpt);
        Assert.AreEqual(ExcerptRule.MaxLength, excerpt!.Length);
    }

    [TestMethod]
    [DataRow(Family)]
    [DataRow(Colombia)]
    [DataRow(ThumbsUpMedium)]
    [DataRow(AcuteE)]
    public void Of_TextElementAcrossTheCut_IsLeftOutWhole(string element)
    {
        var before = new string('a', ExcerptRule.MaxLength - 2);

        var excerpt = ExcerptRule.Of(before + element + " y más texto después");

        Assert.AreEqual(before + "…", excerpt);
    }

    [TestMethod]
    [DataRow(Family)]
    [DataRow(Colombia)]
    [DataRow(ThumbsUpMedium)]
    [DataRow(AcuteE)]
    public void Of_TextElementBeforeTheCut_IsKeptWhole(string element)
    {
        var before = new string('a', ExcerptRule.MaxLength - 1 - element.Length);

        var excerpt = ExcerptRule.Of(before + element + new string('z', 50));

        Assert.AreEqual(before + element + "…", excerpt);
    }

    [TestMethod]
    public void Of_EveryCutOfALongEmojiText_EndsOnATextElementBoundary()
    {
        var text = string.Concat(Enumerable.Repeat(Family + AcuteE + Colombia + "ñ " + ThumbsUpMedium, 40));

        for (var start = 0; start < 20; start++)
        {
            var original = new string('x', start) + text;
            var excerpt = ExcerptRule.Of(original)!;

            var kept = excerpt[..^1];
            StringAssert.StartsWith(original, kept, StringComparison.Ordinal, $"start {start}");
            CollectionAssert.Contains(StringInfo.ParseCombiningCharacters(original), kept.Length, $"start {start}: cut inside a text element");
            Assert.IsLessThanOrEqualTo(ExcerptRule.MaxLength, excerpt.Length);
        }
    }

    [TestMethod]
    public void Of_SpacesBeforeTheCut_AreNotKeptBeforeTheEllipsis()
    {
        var excerpt = ExcerptRule.Of(new string('a', 150) + new string(' ', 60) + new string('b', 50));

        Assert.AreEqual(new string('a', 150) + "…", excerpt);
    }

    [TestMethod]
    public void Of_AnExcerptCutAgain_IsUnchanged()
    {
        var once = ExcerptRule.Of(string.Concat(Enumerable.Repeat("hola " + Family + " ", 60)));

        Assert.AreEqual(once, ExcerptRule.Of(once));
    }
}
