using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SafeBrowse.Detection;
using SafeBrowse.Host.Digests;
using SafeBrowse.Host.Family;
using SafeBrowse.Host.Json;
using SafeBrowse.Host.Messaging;
using SafeBrowse.Host.Platform;
using SafeBrowse.Host.Scoring;
using SafeBrowse.Models;
using Serilog;
using Serilog.Extensions.Logging;

namespace SafeBrowse.Host.Hosting;

/// <summary>Runs the host as the browser's native messaging peer over stdin and stdout.</summary>
internal static class NativeHost
{
    public const int ForbiddenCallerExitCode = 3;

    public static async Task<int> RunAsync(BrowserCaller caller, string? dataDirectoryOverride)
    {
        _ = Task.Run(FirstReplyWarmUp.Run);
        var (dataDirectory, folderProblem) = DataDirectory.TryEnsure(dataDirectoryOverride);
        await using var logger = HostLogging.CreateLogger(dataDirectory);
        if (folderProblem is not null)
        {
            logger.Error("The data folder could not be prepared ({Problem}); protecting without saving anything", folderProblem);
        }

        using var writer = new NativeMessageWriter(Console.OpenStandardOutput());

        if (!caller.IsAllowed)
        {
            logger.Warning("Refused to serve an unknown caller ({CallerLength} characters, Firefox: {IsFirefox})", caller.Identity.Length, caller.IsFirefox);
            var refusal = ErrorReplies.Create(null, ErrorCodes.ForbiddenOrigin, "This program serves the SafeBrowse extension only.");
            await writer.WriteAsync(refusal.Body, CancellationToken.None);
            return ForbiddenCallerExitCode;
        }

        // The first event opens the log file; written once the model is loaded, it stays off the path to the first reply.
        var model = new BackgroundModel(() => MessageScorerLoader.Load(Path.Combine(AppContext.BaseDirectory, "Model")), startAfter: writer.FirstFrameWritten);
        // Read when the first message or the log needs it, both after the first reply: read before it, the process's
        // first JSON read held that reply back by about 10 ms.
        var sequence = new Lazy<(SequenceModel? Model, string? LoadError)>(() => SequenceModelLoader.Load(Path.Combine(AppContext.BaseDirectory, "Model")));
        _ = model.Loading.ContinueWith(
            loaded => LogStarted(logger, caller, loaded.Result, sequence.Value.LoadError),
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnRanToCompletion,
            TaskScheduler.Default);

        // Opened now, so the first hello's wait for the child's profile overlaps with building the host.
        var storage = new FamilyStorage(dataDirectory, TimeProvider.System, new SerilogLoggerFactory(logger).CreateLogger<FamilyStorage>());
        using var host = Build(model, () => sequence.Value.Model, writer, logger, storage);
        await host.RunAsync();
        return 0;
    }

    private static IHost Build(BackgroundModel model, Func<SequenceModel?> sequence, NativeMessageWriter writer, Serilog.ILogger logger, FamilyStorage storage)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Services.Configure<ConsoleLifetimeOptions>(options => options.SuppressStatusMessages = true);
        builder.Services.AddSerilog(logger, dispose: false);
        builder.Services.AddSafeBrowseHost(new HostServiceOptions(storage, model, TimeProvider.System) { Sequence = sequence });
        builder.Services.AddSingleton(new NativeMessageReader(Console.OpenStandardInput()));
        builder.Services.AddSingleton(writer);
        // The serving loop starts first: the digest scheduler's catch-up must not come before the first reply.
        builder.Services.AddHostedService<NativeMessagingService>();
        builder.Services.AddHostedService<WeeklyDigestScheduler>();
        return builder.Build();
    }

    private static void LogStarted(Serilog.ILogger logger, BrowserCaller caller, LoadedScorer loaded, string? sequenceLoadError)
    {
        if (sequenceLoadError is not null)
        {
            logger.Error("Sequence model not loaded, the rules decide alone: {SequenceLoadError}", sequenceLoadError);
        }

        logger.Information("Host {HostVersion} serving (Firefox: {IsFirefox})", HostVersion.Current, caller.IsFirefox);
        if (loaded.LoadError is { } loadError)
        {
            logger.Error("Model not loaded, scoring with category evidence only: {LoadError}", loadError);
        }
        else if (loaded.TablesNotUsed is { } tablesNotUsed)
        {
            logger.Warning("Model {ModelVersion} loaded through ML.NET, which stays in memory, not from its tables: {TablesNotUsed}", loaded.ModelVersion, tablesNotUsed);
        }
        else
        {
            logger.Information("Model {ModelVersion} loaded", loaded.ModelVersion);
        }
    }
}
