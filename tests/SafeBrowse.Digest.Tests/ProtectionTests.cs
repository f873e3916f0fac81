namespace SafeBrowse.Digest.Tests;

[TestClass]
public sealed class ProtectionTests
{
    [TestMethod]
    public void Render_NightWithoutHeartbeats_SaysNotActiveFromToAndWhyKindly()
    {
        var input = Sample.EmptyWeek("en") with
        {
            ActiveSpans = [new DigestSpan(Sample.Monday, Sample.Monday.AddHours(22)), new DigestSpan(Sample.Monday.AddHours(31), Sample.WeekEnd)],
        };

        var html = WeeklyDigestRenderer.Render(input);

        StringAssert.Contains(html, "<li>SafeBrowse was not active from Monday, November 23 at 10:00 PM to Tuesday, November 24 at 7:00 AM (9 h).</li>");
        StringAssert.Contains(html, "This is normal when the computer is off or the browser is closed.");
        StringAssert.Contains(html, "another browser was used");
        StringAssert.Contains(html, "<li>SafeBrowse was not active for 9 h in total</li>");
    }

    [TestMethod]
    public void Render_ProfileMadeMidweek_GapsStartWhenItWasMade()
    {
        var created = Sample.Monday.AddDays(2).AddHours(9);
        var input = Sample.EmptyWeek("en") with
        {
            ActiveSpans = [new DigestSpan(created, created.AddHours(2)), new DigestSpan(created.AddHours(5), Sample.WeekEnd)],
            ProfileCreatedAt = created,
        };

        var html = WeeklyDigestRenderer.Render(input);

        StringAssert.Contains(html, "<li>SafeBrowse was not active for 3 h in total</li>");
        Assert.IsFalse(html.Contains("Monday, November 23", StringComparison.Ordinal), "no gap before the profile existed");
    }

    [TestMethod]
    public void Render_ShortGap_NotReported()
    {
        var input = Sample.EmptyWeek("es") with
        {
            ActiveSpans = [new DigestSpan(Sample.Monday, Sample.Monday.AddHours(5)), new DigestSpan(Sample.Monday.AddHours(5).AddMinutes(14), Sample.WeekEnd)],
        };

        StringAssert.Contains(WeeklyDigestRenderer.Render(input), "SafeBrowse estuvo activo toda la semana.");
    }

    [TestMethod]
    public void Render_ParentPause_ToldAsAPauseNotAsAGap()
    {
        var input = Sample.EmptyWeek("es") with
        {
            ActiveSpans = [new DigestSpan(Sample.Monday, Sample.Monday.AddHours(14)), new DigestSpan(Sample.Monday.AddHours(16), Sample.WeekEnd)],
            Pauses = [new DigestSpan(Sample.Monday.AddHours(14), Sample.Monday.AddHours(16))],
        };

        var html = WeeklyDigestRenderer.Render(input);

        StringAssert.Contains(html, "<li>La protección estuvo en pausa el lunes 23 de noviembre de 2:00 p. m. a 4:00 p. m. (2 h).</li>");
        Assert.IsFalse(html.Contains("no estuvo activo", StringComparison.Ordinal));
    }

    [TestMethod]
    public void Render_WeekStillRunning_GapsStopAtTheTimeItWasMade()
    {
        var generated = Sample.Monday.AddDays(2).AddHours(12);
        var input = Sample.EmptyWeek("en") with
        {
            GeneratedAt = generated,
            ActiveSpans = [new DigestSpan(Sample.Monday, generated.AddMinutes(-10))],
        };

        var html = WeeklyDigestRenderer.Render(input);

        StringAssert.Contains(html, "This week is not over yet: this summary covers up to Wednesday, November 25 at 12:00 PM.");
        StringAssert.Contains(html, "SafeBrowse was active the whole week.");
    }

    [TestMethod]
    public void Render_GapEndingAtMidnight_NamesBothDays()
    {
        var input = Sample.EmptyWeek("en") with { ActiveSpans = [new DigestSpan(Sample.Monday, Sample.WeekEnd.AddHours(-2))] };

        StringAssert.Contains(
            WeeklyDigestRenderer.Render(input),
            "SafeBrowse was not active from Sunday, November 29 at 10:00 PM to Monday, November 30 at 12:00 AM (2 h).");
    }

    [TestMethod]
    public void Render_NoSiteAccessSpan_SaysWhenAndWhyAndHowToFix()
    {
        var input = Sample.EmptyWeek("en") with
        {
            Impairments = [new DigestImpairment(new DigestSpan(Sample.Monday.AddHours(15), Sample.Monday.AddHours(17)), ProtectionStates.NoSiteAccess)],
        };

        var html = WeeklyDigestRenderer.Render(input);

        StringAssert.Contains(html, "<h3>Running, but not protecting fully</h3>");
        StringAssert.Contains(
            html,
            "<li>On Monday, November 23 from 3:00 PM to 5:00 PM (2 h): SafeBrowse could not read chats because the browser did not let it read the sites.</li>");
        StringAssert.Contains(html, "press “Allow SafeBrowse to read chats”");
        StringAssert.Contains(html, "<li>SafeBrowse ran without protecting fully for 2 h in total</li>");
        StringAssert.Contains(html, "<li>For 2 h SafeBrowse ran without protecting fully; see “When SafeBrowse was not protecting” for why and how to fix it.</li>");
        Assert.IsFalse(html.Contains("SafeBrowse was active the whole week.", StringComparison.Ordinal));
    }

    [TestMethod]
    public void Render_PrivateWindowsAcrossMidnight_SaysTheReasonInSpanish()
    {
        var input = Sample.EmptyWeek("es") with
        {
            Impairments = [new DigestImpairment(new DigestSpan(Sample.Monday.AddHours(22), Sample.Monday.AddHours(31)), ProtectionStates.NoPrivateWindows)],
        };

        var html = WeeklyDigestRenderer.Render(input);

        StringAssert.Contains(html, "<h3>Funcionando, pero sin proteger del todo</h3>");
        StringAssert.Contains(html, "(9 h): SafeBrowse no tenía permiso para funcionar en ventanas privadas.</li>");
        StringAssert.Contains(html, "«Permitir en modo incógnito»");
    }

    [TestMethod]
    public void Render_ImpairedSpanOutsideTheWeek_NotReported()
    {
        var input = Sample.EmptyWeek("en") with
        {
            Impairments = [new DigestImpairment(new DigestSpan(Sample.Monday.AddDays(-2), Sample.Monday.AddDays(-1)), ProtectionStates.ModelUnavailable)],
        };

        StringAssert.Contains(WeeklyDigestRenderer.Render(input), "SafeBrowse was active the whole week.");
    }

    [TestMethod]
    public void Render_EveryImpairedState_HasAReasonAndAFixInBothLanguages()
    {
        foreach (var language in new[] { "es", "en" })
        {
            var input = Sample.EmptyWeek(language) with
            {
                Impairments = [.. ProtectionStates.Impaired.Select((state, index) =>
                    new DigestImpairment(new DigestSpan(Sample.Monday.AddHours(index * 3), Sample.Monday.AddHours((index * 3) + 1)), state))],
            };

            var html = WeeklyDigestRenderer.Render(input);

            foreach (var state in ProtectionStates.Impaired)
            {
                Assert.IsFalse(html.Contains(state, StringComparison.Ordinal), $"{language}: '{state}' shown as a raw word");
            }

            Assert.AreEqual(ProtectionStates.Impaired.Count, html.Split("): ").Length - 1, language);
        }
    }
}
