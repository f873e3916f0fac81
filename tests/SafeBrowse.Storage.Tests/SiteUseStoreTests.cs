namespace SafeBrowse.Storage.Tests;

[TestClass]
public sealed class SiteUseStoreTests : IDisposable
{
    private static readonly DateOnly Monday = new(2026, 3, 2);

    private readonly TestDatabase test = new();
    private readonly long child;

    public SiteUseStoreTests()
    {
        child = test.AddChild();
    }

    private SiteUseStore SiteUse => test.Database.SiteUse;

    public void Dispose() => test.Dispose();

    [TestMethod]
    public void Record_SameSiteAndDayTwice_IsKeptOnce()
    {
        SiteUse.Record(child, "discord.com", Monday);
        SiteUse.Record(child, "discord.com", Monday);

        CollectionAssert.AreEqual(new[] { "discord.com" }, SiteUse.Between(child, Monday, Monday).ToArray());
    }

    [TestMethod]
    public void Between_MondayThroughSunday_ReturnsDistinctSortedSitesOfThoseDaysOnly()
    {
        SiteUse.Record(child, "web.whatsapp.com", Monday);
        SiteUse.Record(child, "discord.com", Monday.AddDays(3));
        SiteUse.Record(child, "zoom.us", Monday.AddDays(6));
        SiteUse.Record(child, "web.whatsapp.com", Monday.AddDays(6));
        SiteUse.Record(child, "instagram.com", Monday.AddDays(7));
        SiteUse.Record(child, "roblox.com", Monday.AddDays(-1));

        var sites = SiteUse.Between(child, Monday, Monday.AddDays(6));

        CollectionAssert.AreEqual(new[] { "discord.com", "web.whatsapp.com", "zoom.us" }, sites.ToArray());
    }

    [TestMethod]
    public void Between_OtherChild_SeesNothing()
    {
        var other = test.AddChild("Luis");
        SiteUse.Record(child, "discord.com", Monday);

        Assert.IsEmpty(SiteUse.Between(other, Monday, Monday.AddDays(6)));
    }
}
