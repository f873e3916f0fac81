using SafeBrowse.Host.Family;

namespace SafeBrowse.Host.Tests.Family;

[TestClass]
public sealed class PinPolicyTests
{
    [TestMethod]
    [DataRow(0, 0)]
    [DataRow(2, 0)]
    [DataRow(3, 30)]
    [DataRow(4, 60)]
    [DataRow(5, 120)]
    [DataRow(9, 1920)]
    [DataRow(10, 3600)]
    [DataRow(500, 3600)]
    public void DelayAfter_ConsecutiveFailures_GrowsFromThirtySecondsToAnHour(int failures, int expectedSeconds)
    {
        Assert.AreEqual(TimeSpan.FromSeconds(expectedSeconds), PinPolicy.DelayAfter(failures));
    }

    [TestMethod]
    [DataRow("12345", false)]
    [DataRow("123456", true)]
    [DataRow("correct horse battery staple", true)]
    public void IsAcceptable_ByLength_AcceptsSixToSixtyFourCharacters(string pin, bool expected)
    {
        Assert.AreEqual(expected, PinPolicy.IsAcceptable(pin));
        Assert.IsFalse(PinPolicy.IsAcceptable(new string('7', 65)));
    }
}
