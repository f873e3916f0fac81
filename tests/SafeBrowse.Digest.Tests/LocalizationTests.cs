using System.Text.RegularExpressions;

namespace SafeBrowse.Digest.Tests;

[TestClass]
public sealed partial class LocalizationTests
{
    [TestMethod]
    public void Resources_EveryKey_InBothLanguagesAndNotEmpty()
    {
        var spanish = Sample.Texts("es").Entries;
        var english = Sample.Texts("en").Entries;

        CollectionAssert.AreEquivalent(spanish.Keys.ToList(), english.Keys.ToList());
        foreach (var (key, text) in spanish.Concat(english))
        {
            Assert.IsFalse(string.IsNullOrWhiteSpace(text), key);
        }
    }

    [TestMethod]
    public void Resources_EveryKey_HasTheSamePlaceholdersInBothLanguages()
    {
        var english = Sample.Texts("en").Entries;
        foreach (var (key, spanish) in Sample.Texts("es").Entries)
        {
            CollectionAssert.AreEquivalent(Placeholders(english[key]), Placeholders(spanish), key);
        }
    }

    [TestMethod]
    public void Resources_EveryProtocolCategory_HasPlainWordsAndAConversationStarter()
    {
        string[] protocolCategories =
            ["flattery", "secrecy", "isolation", "private_channel", "personal_info", "photo_request", "sexual_talk", "gifts", "meeting", "threats", "age_gap"];
        foreach (var language in DigestLanguages.Supported)
        {
            foreach (var category in protocolCategories)
            {
                Assert.IsTrue(Sample.Texts(language).Entries.ContainsKey("category." + category), $"{language} {category}");
                Assert.IsTrue(Sample.Texts(language).Entries.ContainsKey("starter." + category), $"{language} {category}");
            }
        }

        CollectionAssert.AreEquivalent(protocolCategories, DigestCategories.Known.ToArray());
    }

    [TestMethod]
    public void Render_Spanish_HasNoneOfTheEnglishHeadings()
    {
        var english = WeeklyDigestRenderer.Render(Sample.BusyWeek("en"));
        var spanish = WeeklyDigestRenderer.Render(Sample.BusyWeek("es"));

        var headings = HeadingPattern().Matches(english).Select(match => match.Groups["text"].Value).ToList();

        Assert.IsGreaterThanOrEqualTo(12, headings.Count);
        foreach (var heading in headings)
        {
            Assert.IsFalse(spanish.Contains(heading, StringComparison.Ordinal), heading);
        }
    }

    [TestMethod]
    public void Render_English_HasNoneOfTheSpanishHeadings()
    {
        var english = WeeklyDigestRenderer.Render(Sample.BusyWeek("en"));
        var spanish = WeeklyDigestRenderer.Render(Sample.BusyWeek("es"));

        foreach (var heading in HeadingPattern().Matches(spanish).Select(match => match.Groups["text"].Value))
        {
            Assert.IsFalse(english.Contains(heading, StringComparison.Ordinal), heading);
        }
    }

    [TestMethod]
    public void Render_Spanish_NamesGroomingWithItsSpanishGloss()
    {
        var html = WeeklyDigestRenderer.Render(Sample.BusyWeek("es"));

        StringAssert.Contains(html, "grooming (acoso sexual en línea)");
        StringAssert.Contains(html, "<html lang=\"es\">");
    }

    [TestMethod]
    [DataRow("es")]
    [DataRow("en")]
    public void Render_EveryKnownCategory_InPlainWordsNotById(string language)
    {
        var input = Sample.EmptyWeek(language) with { Events = [Sample.Notice("alex", 3, [.. DigestCategories.Known])] };

        var html = WeeklyDigestRenderer.Render(input);

        foreach (var category in DigestCategories.Known)
        {
            StringAssert.Contains(html, "<li>" + Sample.Html(language, "category." + category) + "</li>");
            Assert.IsFalse(html.Contains("<li>" + category + "</li>", StringComparison.Ordinal), category);
        }
    }

    [TestMethod]
    public void Render_UnknownCategory_ShownById()
    {
        var html = WeeklyDigestRenderer.Render(Sample.EmptyWeek("en") with { Events = [Sample.Notice("alex", 3, "new_category")] });

        StringAssert.Contains(html, "<li>new_category</li>");
    }

    [TestMethod]
    [DataRow("es")]
    [DataRow("en")]
    public void Render_AnyWeek_NeverAlarmist(string language)
    {
        var html = WeeklyDigestRenderer.Render(Sample.BusyWeek(language));

        Assert.IsFalse(html.Contains("predator", StringComparison.OrdinalIgnoreCase));
        Assert.IsFalse(html.Contains("depredador", StringComparison.OrdinalIgnoreCase));
    }

    private static List<string> Placeholders(string text) =>
        [.. PlaceholderPattern().Matches(text).Select(match => match.Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{[a-z0-9_]+\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"<h[123][^>]*>(?<text>[^<]+)")]
    private static partial Regex HeadingPattern();
}
