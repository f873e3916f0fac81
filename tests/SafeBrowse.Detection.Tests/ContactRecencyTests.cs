namespace SafeBrowse.Detection.Tests;

[TestClass]
public sealed class ContactRecencyTests
{
    [TestMethod]
    public void MoveToNewest_AfterAdds_OrdersFromNewestToOldest()
    {
        var (recency, first, second, third) = ThreeAdded();

        recency.MoveToNewest(first);

        CollectionAssert.AreEqual(new[] { first, third, second }, recency.NewestFirst().ToArray());
        Assert.AreSame(second, recency.Oldest);
    }

    [TestMethod]
    public void Remove_TheMiddleState_LinksItsNeighbours()
    {
        var (recency, first, second, third) = ThreeAdded();

        recency.Remove(second);

        CollectionAssert.AreEqual(new[] { third, first }, recency.NewestFirst().ToArray());
        Assert.IsNull(second.Newer);
        Assert.IsNull(second.Older);
    }

    [TestMethod]
    public void Remove_TheOldestAndTheNewest_LeavesTheOneBetween()
    {
        var (recency, first, second, third) = ThreeAdded();

        recency.Remove(first);
        recency.Remove(third);

        CollectionAssert.AreEqual(new[] { second }, recency.NewestFirst().ToArray());
        Assert.AreSame(second, recency.Oldest);
    }

    [TestMethod]
    public void Remove_EveryState_LeavesNoOldest()
    {
        var (recency, first, second, third) = ThreeAdded();

        recency.Remove(second);
        recency.Remove(first);
        recency.Remove(third);

        Assert.IsNull(recency.Oldest);
        Assert.IsEmpty(recency.NewestFirst());
    }

    private static (ContactRecency Recency, ContactState First, ContactState Second, ContactState Third) ThreeAdded()
    {
        var recency = new ContactRecency();
        var first = new ContactState("c-1", "a");
        var second = new ContactState("c-1", "b");
        var third = new ContactState("c-2", "c");
        recency.AddNewest(first);
        recency.AddNewest(second);
        recency.AddNewest(third);
        return (recency, first, second, third);
    }
}
