using SafeBrowse.Host.Platform;

namespace SafeBrowse.Host.Tests.CommandLine;

[TestClass]
public sealed class BrowserCallerTests
{
    [TestMethod]
    [DataRow("chrome-extension://kenkdnfcmdmplmpolpcjmdablipobohb/", false, true)]
    [DataRow("chrome-extension://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/", false, false)]
    [DataRow("chrome-extension://kenkdnfcmdmplmpolpcjmdablipobohb", false, false)]
    [DataRow("safebrowse@safebrowse.org", true, true)]
    [DataRow("other@example.org", true, false)]
    public void IsAllowed_Caller_MatchesTheExtensionList(string identity, bool isFirefox, bool expected)
    {
        Assert.AreEqual(expected, new BrowserCaller(identity, isFirefox).IsAllowed);
    }
}
