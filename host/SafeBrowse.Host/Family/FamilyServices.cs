using Microsoft.Extensions.DependencyInjection;
using SafeBrowse.Detection;
using SafeBrowse.Host.Digests;
using SafeBrowse.Host.Handlers;
using SafeBrowse.Host.Handlers.Parent;
using SafeBrowse.Host.Messaging;
using SafeBrowse.Storage;

namespace SafeBrowse.Host.Family;

/// <summary>The family side of the host: its database, the child profile of this browser, the PIN and the parent requests.</summary>
internal static class FamilyServices
{
    public static IServiceCollection AddFamily(this IServiceCollection services, FamilyStorage storage)
    {
        services.AddSingleton(storage);
        services.AddSingleton<BrowserProfileContext>();
        services.AddSingleton<ChildProfileResolver>();
        services.AddSingleton<FlaggedEventRecorder>();
        services.AddSingleton(provider => new PinHasher(provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton(new SetupCodes(AppContext.BaseDirectory, storage.DataDirectory));
        services.AddSingleton<PinGate>();
        services.AddSingleton<ParentSessions>();
        services.AddSingleton<ParentAccess>();
        services.AddSingleton<DigestComposer>();
        services.AddSingleton<IRequestHandler, HeartbeatHandler>();
        services.AddSingleton<IRequestHandler, FeedbackHandler>();
        services.AddSingleton<IRequestHandler, ParentStatusHandler>();
        services.AddSingleton<IRequestHandler, ParentSetPinHandler>();
        services.AddSingleton<IRequestHandler, ParentUnlockHandler>();
        services.AddSingleton<IRequestHandler, ParentLockHandler>();
        services.AddSingleton<IRequestHandler, ParentOverviewHandler>();
        services.AddSingleton<IRequestHandler, ParentSaveProfileHandler>();
        services.AddSingleton<IRequestHandler, ParentAssignHandler>();
        services.AddSingleton<IRequestHandler, ParentSaveSettingsHandler>();
        services.AddSingleton<IRequestHandler, ParentPauseHandler>();
        services.AddSingleton<IRequestHandler, ParentDigestHandler>();
        services.AddSingleton<IRequestHandler, ParentReviewHandler>();
        services.AddSingleton<IRequestHandler, ParentClearContactHandler>();
        services.AddSingleton<IRequestHandler, ParentContactsHandler>();
        services.AddSingleton<IRequestHandler, ParentTrustContactHandler>();
        return services;
    }

    /// <summary>Applies the family's saved sensitivity once the database is open; until then the measured default holds.</summary>
    public static void ApplySavedSensitivity(FamilyStorage storage, RiskEngine riskEngine)
    {
        _ = storage.Opening.ContinueWith(
            opened =>
            {
                try
                {
                    if (opened.Result is { } database)
                    {
                        riskEngine.UseOptions(SensitivityOptions.For(database.Settings.Read().Sensitivity));
                    }
                }
                catch (StorageUnavailableException)
                {
                    // The measured default sensitivity stays; protection does not wait for the database.
                }
            },
            CancellationToken.None,
            TaskContinuationOptions.OnlyOnRanToCompletion,
            TaskScheduler.Default);
    }
}
