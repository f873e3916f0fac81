namespace SafeBrowse.Digest.Tests;

[TestClass]
public sealed class PinSectionTests
{
    [TestMethod]
    public void Render_PinResetThenSetAgain_SaysBothWithTheirTimes()
    {
        var input = Sample.EmptyWeek("en") with
        {
            PinChanges = [new DigestPinChange(Sample.Monday.AddHours(9), "reset"), new DigestPinChange(Sample.Monday.AddHours(10), "set")],
        };

        var html = WeeklyDigestRenderer.Render(input);

        StringAssert.Contains(html, "<li>The parents’ PIN was reset on this computer on Monday, November 23 at 9:00 AM (safebrowse-host pin reset).</li>");
        StringAssert.Contains(html, "<li>The parents’ PIN was set on Monday, November 23 at 10:00 AM.</li>");
        StringAssert.Contains(html, "If no parent did this");
    }

    [TestMethod]
    public void Render_PinChanged_SaysSoInSpanish()
    {
        var input = Sample.EmptyWeek("es") with { PinChanges = [new DigestPinChange(Sample.Monday.AddHours(9), "changed")] };

        var html = WeeklyDigestRenderer.Render(input);

        StringAssert.Contains(html, "<li>El lunes 23 de noviembre, 9:00 a. m. se cambió el PIN de los padres.</li>");
        StringAssert.Contains(html, "Si no fue ninguno de los padres");
    }

    [TestMethod]
    public void Render_PinChangeBeforeTheWeek_NoSection()
    {
        var input = Sample.EmptyWeek("en") with { PinChanges = [new DigestPinChange(Sample.Monday.AddHours(-1), "changed")] };

        Assert.DoesNotContain("The parents’ PIN", WeeklyDigestRenderer.Render(input));
    }
}
