using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SafeBrowse.Detection;
using SafeBrowse.Host.Family;
using SafeBrowse.Host.Hosting;
using SafeBrowse.Host.Messaging;
using SafeBrowse.Host.Scoring;

namespace SafeBrowse.Host.Tests.Hosting;

[TestClass]
public sealed class HostServicesTests
{
    [TestMethod]
    public void AddSafeBrowseHost_CourseModel_IsReadWhenTheFirstMessageComesNotWhenTheHostStarts()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("safebrowse-services-").FullName;
        try
        {
            var asked = 0;
            var storage = new FamilyStorage(dataDirectory, TimeProvider.System, NullLogger<FamilyStorage>.Instance);
            var model = new BackgroundModel(() => ModelScorerFactory.Fallback("category evidence is enough here"));
            var collection = new ServiceCollection();
            collection.AddLogging();
            collection.AddSafeBrowseHost(new HostServiceOptions(storage, model, TimeProvider.System)
            {
                PinIterations = 1_000,
                Sequence = () =>
                {
                    asked++;
                    return null;
                },
            });
            using var services = collection.BuildServiceProvider();

            _ = services.GetRequiredService<RequestRouter>();
            var askedAtStart = asked;
            services.GetRequiredService<RiskEngine>().Observe(new ObservedMessage("c", "alex", MessageDirection.Incoming, "hola", DateTimeOffset.UnixEpoch, Key: "c|1"));

            Assert.AreEqual(0, askedAtStart);
            Assert.IsGreaterThan(0, asked);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
