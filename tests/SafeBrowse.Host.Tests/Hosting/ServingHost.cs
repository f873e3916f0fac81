using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using SafeBrowse.Detection;
using SafeBrowse.Host.Family;
using SafeBrowse.Host.Handlers.Parent;
using SafeBrowse.Host.Hosting;
using SafeBrowse.Host.Messaging;
using SafeBrowse.Host.Scoring;
using SafeBrowse.Host.Tests.Fuzz;
using SafeBrowse.Host.Tests.Support;

namespace SafeBrowse.Host.Tests.Hosting;

/// <summary>
/// The host's services from the product's own registration, resolved as the host's start resolves them, with the unlock
/// handler behind a gate and a course model when asked.
/// </summary>
internal sealed class ServingHost : IDisposable
{
    private readonly string dataDirectory;
    private readonly ServiceProvider services;

    private ServingHost(string dataDirectory, ServiceProvider services, GatedHandler? gatedUnlock)
    {
        this.dataDirectory = dataDirectory;
        this.services = services;
        GatedUnlock = gatedUnlock;
    }

    public IServiceProvider Services => services;

    public GatedHandler? GatedUnlock { get; }

    public static ServingHost Start(bool gateUnlock = false, Func<SequenceModel?>? sequence = null)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("safebrowse-serving-").FullName;
        var storage = new FamilyStorage(dataDirectory, TimeProvider.System, NullLogger<FamilyStorage>.Instance);
        var model = new BackgroundModel(() => ModelScorerFactory.Fallback("category evidence is enough here"));
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSafeBrowseHost(new HostServiceOptions(storage, model, TimeProvider.System) { PinIterations = 1_000, Sequence = sequence ?? (() => null) });
        GatedHandler? gated = null;
        if (gateUnlock)
        {
            var unlock = collection.Single(service => service.ImplementationType == typeof(ParentUnlockHandler));
            collection.Remove(unlock);
            collection.AddSingleton<IRequestHandler>(provider =>
                gated = new GatedHandler(ActivatorUtilities.CreateInstance<ParentUnlockHandler>(provider)));
        }

        var services = collection.BuildServiceProvider();
        _ = services.GetRequiredService<RequestRouter>();
        return new ServingHost(dataDirectory, services, gated);
    }

    public NativeMessagingService Serve(Stream input, NativeMessageWriter writer) => new(
        new NativeMessageReader(input),
        writer,
        services.GetRequiredService<RequestRouter>(),
        new StoppingLifetime(),
        services.GetRequiredService<ILogger<NativeMessagingService>>());

    public void Dispose()
    {
        GatedUnlock?.Dispose();
        services.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(dataDirectory, recursive: true);
    }
}
