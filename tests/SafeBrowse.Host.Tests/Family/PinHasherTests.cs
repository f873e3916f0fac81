using Microsoft.Extensions.Time.Testing;
using SafeBrowse.Host.Family;

namespace SafeBrowse.Host.Tests.Family;

[TestClass]
public sealed class PinHasherTests
{
    [TestMethod]
    public void Hash_SamePinTwice_UsesFreshSaltsAndBothMatch()
    {
        var hasher = new PinHasher(new FakeTimeProvider(), iterations: 1_000);

        var first = hasher.Hash("246810");
        var second = hasher.Hash("246810");

        CollectionAssert.AreNotEqual(first.Salt, second.Salt);
        CollectionAssert.AreNotEqual(first.Hash, second.Hash);
        Assert.IsTrue(PinHasher.Matches("246810", first));
        Assert.IsTrue(PinHasher.Matches("246810", second));
        Assert.IsFalse(PinHasher.Matches("246811", first));
    }

    [TestMethod]
    public void Hash_ByDefault_UsesSixHundredThousandIterationsAndKeepsTheCount()
    {
        var stored = new PinHasher(new FakeTimeProvider()).Hash("246810");

        Assert.AreEqual(600_000, stored.Iterations);
        Assert.HasCount(16, stored.Salt);
        Assert.HasCount(32, stored.Hash);
    }
}
