using Microsoft.Extensions.DependencyInjection;
using SafeBrowse.Detection;
using SafeBrowse.Host.Family;
using SafeBrowse.Host.Handlers;
using SafeBrowse.Host.Messaging;

namespace SafeBrowse.Host.Hosting;

/// <summary>
/// The one registration of the host's services, used by <see cref="NativeHost"/> and by the tests, so a test host is
/// wired as the product is. Left to the caller: the transport (stdin, stdout and the serving loop over them), the
/// logging sink, and the weekly digest scheduler, which a test starts itself or not at all.
/// </summary>
internal static class HostServices
{
    public static IServiceCollection AddSafeBrowseHost(this IServiceCollection services, HostServiceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(options.Clock);
        services.AddSingleton(options.Model);
        services.AddSingleton(_ =>
        {
            var engine = new RiskEngine(options.Model.Scorer, options.Sequence, store: new StoredContactStates(options.Storage));
            FamilyServices.ApplySavedSensitivity(options.Storage, engine);
            return engine;
        });
        services.AddFamily(options.Storage, options.PinIterations);
        services.AddSingleton<IRequestHandler, HelloHandler>();
        services.AddSingleton<IRequestHandler, ScoreHandler>();
        services.AddSingleton<RequestRouter>();
        return services;
    }
}
