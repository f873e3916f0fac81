using System.Text.Json;
using SafeBrowse.Digest;
using SafeBrowse.Host.Digests;
using SafeBrowse.Host.Family;
using SafeBrowse.Host.Json;
using SafeBrowse.Host.Messaging;

namespace SafeBrowse.Host.Handlers.Parent;

/// <summary>Renders a child's digest for any week still kept, the current one included (so far), in either language.</summary>
internal sealed class ParentDigestHandler(ParentAccess access, FamilyStorage storage, DigestComposer composer) : IRequestHandler
{
    public string Type => "parent.digest";

    public ValueTask<byte[]> HandleAsync(RequestEnvelope envelope, JsonElement request, CancellationToken cancellationToken)
    {
        var digest = ProtocolFields.Read(request, ProtocolJsonContext.Default.DigestRequest);
        access.Require(digest.Session);
        // The digest reads the next week and three before it, so the calendar's first and last weeks have no digest.
        if (!IsoWeek.TryParse(digest.Week, out var week) || week.Year is <= 1 or >= 9999)
        {
            throw ProtocolFields.BadRequest("'week' must look like 2026-W48.");
        }

        if (digest.Lang is not null && !FamilyLanguages.IsSupported(digest.Lang))
        {
            throw ProtocolFields.BadRequest("'lang' must be 'es' or 'en'.");
        }

        var database = storage.Require();
        var profile = ParentLookups.Profile(database, digest.Profile);
        var html = composer.Compose(database, profile, week, digest.Lang ?? profile.Language);
        var response = new DigestResponse(RequestRouter.ProtocolVersion, envelope.Id, Type, Ok: true, html);
        return ValueTask.FromResult(JsonSerializer.SerializeToUtf8Bytes(response, ProtocolJsonContext.Default.DigestResponse));
    }
}
