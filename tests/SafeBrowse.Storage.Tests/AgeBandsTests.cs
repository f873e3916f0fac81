namespace SafeBrowse.Storage.Tests;

[TestClass]
public sealed class AgeBandsTests
{
    [TestMethod]
    [DataRow(AgeBand.Unknown, "unknown")]
    [DataRow(AgeBand.Under10, "under_10")]
    [DataRow(AgeBand.From10To12, "10_12")]
    [DataRow(AgeBand.From13To15, "13_15")]
    [DataRow(AgeBand.From16To17, "16_17")]
    public void ToIdAndTryParse_EveryBand_RoundTrip(AgeBand ageBand, string id)
    {
        Assert.AreEqual(id, AgeBands.ToId(ageBand));
        Assert.IsTrue(AgeBands.TryParse(id, out var parsed));
        Assert.AreEqual(ageBand, parsed);
    }

    [TestMethod]
    [DataRow("10-12")]
    [DataRow("Under_10")]
    [DataRow("")]
    [DataRow(null)]
    public void TryParse_UnknownId_ReturnsFalse(string? id)
    {
        Assert.IsFalse(AgeBands.TryParse(id, out _));
    }
}
