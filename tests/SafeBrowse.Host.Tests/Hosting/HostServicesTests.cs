using Microsoft.Extensions.DependencyInjection;
using SafeBrowse.Detection;

namespace SafeBrowse.Host.Tests.Hosting;

[TestClass]
public sealed class HostServicesTests
{
    [TestMethod]
    public void AddSafeBrowseHost_CourseModel_IsReadWhenTheFirstMessageComesNotWhenTheHostStarts()
    {
        var asked = 0;
        using var host = ServingHost.Start(sequence: () =>
        {
            asked++;
            return null;
        });
        var askedAtStart = asked;

        host.Services.GetRequiredService<RiskEngine>().Observe(new ObservedMessage("c", "alex", MessageDirection.Incoming, "hola", DateTimeOffset.UnixEpoch, Key: "c|1"));

        Assert.AreEqual(0, askedAtStart);
        Assert.IsGreaterThan(0, asked);
    }
}
