using System.Buffers.Binary;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SafeBrowse.Host.Family;
using SafeBrowse.Host.Hosting;
using SafeBrowse.Host.Messaging;
using SafeBrowse.Host.Scoring;
using SafeBrowse.Models;

namespace SafeBrowse.Host.Tests.Fuzz;

/// <summary>
/// The host's own pieces wired by the product's own registration (the real model, a family database in a temp
/// folder, every handler) behind the real reader, router, writer and serving loop; only the clock is fake, and PINs
/// are hashed with few iterations so thousands of tries stay fast.
/// </summary>
internal sealed class InProcessHost : IAsyncDisposable
{
    private const int FastPinIterations = 1_000;

    private readonly string dataDirectory;
    private readonly ServiceProvider services;

    private InProcessHost(string dataDirectory, ServiceProvider services, FakeTimeProvider clock)
    {
        this.dataDirectory = dataDirectory;
        this.services = services;
        Clock = clock;
    }

    public FakeTimeProvider Clock { get; }

    public ParentSessions Sessions => services.GetRequiredService<ParentSessions>();

    /// <summary>The request types answered when ready rather than in order.</summary>
    public IReadOnlySet<string> OffLoopTypes =>
        services.GetServices<IRequestHandler>().Where(handler => handler.RunsOffServingLoop).Select(handler => handler.Type).ToHashSet(StringComparer.Ordinal);

    public static InProcessHost Start()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero));
        if (TimeZoneInfo.TryFindSystemTimeZoneById("America/Santiago", out var santiago))
        {
            // A zone whose clock skips midnight, the hardest case for week arithmetic.
            clock.SetLocalTimeZone(santiago);
        }

        var dataDirectory = Directory.CreateTempSubdirectory("safebrowse-fuzz-").FullName;
        var model = new BackgroundModel(() => MessageScorerLoader.Load(Path.Combine(AppContext.BaseDirectory, "Model")));
        var storage = new FamilyStorage(dataDirectory, clock, NullLogger<FamilyStorage>.Instance);
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSafeBrowseHost(new HostServiceOptions(storage, model, clock) { PinIterations = FastPinIterations });
        var services = collection.BuildServiceProvider();
        return new InProcessHost(dataDirectory, services, clock);
    }

    /// <summary>Serves <paramref name="input"/> with a fresh serving loop until it ends, as the host serves stdin.</summary>
    public async Task<ServedStream> ServeAsync(Stream input)
    {
        using var output = new MemoryStream();
        using var writer = new NativeMessageWriter(output);
        var lifetime = new StoppingLifetime();
        using var service = new NativeMessagingService(
            new NativeMessageReader(input),
            writer,
            services.GetRequiredService<RequestRouter>(),
            lifetime,
            services.GetRequiredService<ILogger<NativeMessagingService>>());

        await service.StartAsync(CancellationToken.None);
        Exception? failure = null;
        try
        {
            await service.ExecuteTask!;
        }
        catch (Exception crashed)
        {
            failure = crashed;
        }

        return new ServedStream(Split(output.ToArray()), failure, lifetime.StopRequested);
    }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(dataDirectory, recursive: true);
    }

    private static List<byte[]> Split(byte[] output)
    {
        var frames = new List<byte[]>();
        for (var offset = 0; offset < output.Length;)
        {
            var length = (int)BinaryPrimitives.ReadUInt32LittleEndian(output.AsSpan(offset));
            frames.Add(output.AsSpan(offset + FrameLimits.HeaderLength, length).ToArray());
            offset += FrameLimits.HeaderLength + length;
        }

        return frames;
    }
}
