namespace SafeBrowse.Digest.Tests;

[TestClass]
public sealed class FeedbackSectionTests
{
    [TestMethod]
    public void Render_FeedbackWithEachVerdict_ShowsWhatTheParentDecided()
    {
        var input = Sample.EmptyWeek("en") with
        {
            Feedback =
            [
                new DigestFeedback("discord.com", "nightowl", Sample.Monday.AddHours(10), ["gifts", "private_channel"], null),
                new DigestFeedback("discord.com", "mara", Sample.Monday.AddHours(11), ["flattery"], "agree"),
                new DigestFeedback("discord.com", "leo", Sample.Monday.AddHours(12), ["secrecy"], "disagree"),
            ],
        };

        var html = WeeklyDigestRenderer.Render(input);

        StringAssert.Contains(html, "<li><bdi>nightowl</bdi> on <bdi>discord.com</bdi>, Monday, November 23 at 10:00 AM: Offered gifts, money or game currency; Asked to move to a private chat or another app. <span class=\"verdict\" data-verdict=\"pending\">Waiting for your review.</span></li>");
        StringAssert.Contains(html, "data-verdict=\"agree\">You agreed: the note was wrong.");
        StringAssert.Contains(html, "data-verdict=\"disagree\">You reviewed it and thought the note was right.");
        StringAssert.Contains(html, "Review 1 “this note was wrong” from <bdi>Sofía</bdi>");
        StringAssert.Contains(html, "<li>3 times <bdi>Sofía</bdi> said “this note was wrong”</li>");
    }

    [TestMethod]
    [DataRow("en", "A serious note: SafeBrowse kept it on.")]
    [DataRow("es", "Un aviso serio: SafeBrowse lo mantuvo.")]
    public void Render_FeedbackOnASeriousNote_MarksItForTheParent(string language, string mark)
    {
        var input = Sample.EmptyWeek(language) with
        {
            Feedback =
            [
                new DigestFeedback("discord.com", "nightowl", Sample.Monday.AddHours(10), ["photo_request"], null, Serious: true),
                new DigestFeedback("discord.com", "mara", Sample.Monday.AddHours(11), ["flattery"], null),
            ],
        };

        var html = WeeklyDigestRenderer.Render(input);

        var nightowl = html[html.IndexOf("<bdi>nightowl</bdi>", StringComparison.Ordinal)..];
        var mara = html[html.IndexOf("<bdi>mara</bdi>", StringComparison.Ordinal)..];
        StringAssert.Contains(nightowl[..nightowl.IndexOf("</li>", StringComparison.Ordinal)], "<strong class=\"serious\">" + mark);
        Assert.DoesNotContain(mark, mara[..mara.IndexOf("</li>", StringComparison.Ordinal)]);
    }

    [TestMethod]
    public void Render_NoFeedback_SaysSoInSpanish()
    {
        StringAssert.Contains(WeeklyDigestRenderer.Render(Sample.EmptyWeek("es")), "<bdi>Sofía</bdi> no marcó ningún aviso como error esta semana.");
    }
}
