namespace SafeBrowse.Digest.Tests;

[TestClass]
public sealed class SiteMinimumAgesTests
{
    [TestMethod]
    [DataRow("instagram.com")]
    [DataRow("www.instagram.com")]
    [DataRow("WWW.Instagram.COM")]
    [DataRow("www.instagram.com.")]
    [DataRow("www.tiktok.com")]
    [DataRow("discord.com")]
    [DataRow("ptb.discord.com")]
    [DataRow("web.snapchat.com")]
    [DataRow("x.com")]
    [DataRow("mobile.twitter.com")]
    [DataRow("www.facebook.com")]
    [DataRow("www.messenger.com")]
    [DataRow("web.whatsapp.com")]
    public void For_ServiceOrItsSubdomain_IsThirteen(string host)
    {
        Assert.AreEqual(13, SiteMinimumAges.For(host));
    }

    [TestMethod]
    [DataRow("notinstagram.com")]
    [DataRow("instagram.com.example.net")]
    [DataRow("box.com")]
    [DataRow("netflix.com")]
    [DataRow("whatsapp.co")]
    [DataRow("www.roblox.com")]
    [DataRow("127.0.0.1")]
    [DataRow("")]
    public void For_OtherHosts_IsNull(string host)
    {
        Assert.IsNull(SiteMinimumAges.For(host));
    }
}
