using System.Text.Json;
using SafeBrowse.Host.Family;
using SafeBrowse.Host.Json;
using SafeBrowse.Host.Messaging;
using SafeBrowse.Storage;

namespace SafeBrowse.Host.Handlers.Parent;

/// <summary>Adds a child profile, or edits (and renames) the one called <c>previousName</c>.</summary>
internal sealed class ParentSaveProfileHandler(ParentAccess access, FamilyStorage storage) : IRequestHandler
{
    public const int MaxNameLength = 40;
    private static readonly HashSet<string> Countries = ["CO", "CL", "ES", "US", "GB"];

    public string Type => "parent.save-profile";

    public ValueTask<byte[]> HandleAsync(RequestEnvelope envelope, JsonElement request, CancellationToken cancellationToken)
    {
        var save = ProtocolFields.Read(request, ProtocolJsonContext.Default.SaveProfileRequest);
        access.Require(save.Session);
        var profile = save.Profile;
        var name = ProtocolFields.Text(profile.Name.Trim(), "profile.name", 1, MaxNameLength);
        if (name.Any(char.IsControl))
        {
            throw ProtocolFields.BadRequest("'profile.name' must not hold control characters.");
        }

        if (!AgeBands.TryParse(profile.AgeBand, out var ageBand))
        {
            throw ProtocolFields.BadRequest("'profile.ageBand' must be one of unknown, under_10, 10_12, 13_15, 16_17.");
        }

        if (!FamilyLanguages.IsSupported(profile.Language))
        {
            throw ProtocolFields.BadRequest("'profile.language' must be 'es' or 'en'.");
        }

        if (!Countries.Contains(profile.Country))
        {
            throw ProtocolFields.BadRequest("'profile.country' must be one of CO, CL, ES, US, GB.");
        }

        var database = storage.Require();
        if (save.PreviousName is { } previous)
        {
            _ = ParentLookups.Profile(database, previous);
        }

        var clash = database.Profiles.Find(name);
        if (clash is not null && !string.Equals(clash.Name, save.PreviousName, StringComparison.OrdinalIgnoreCase))
        {
            throw ProtocolFields.BadRequest("Another child profile already has that name.");
        }

        database.Profiles.Save(name, ageBand, profile.Language, profile.Country, save.PreviousName);
        var response = new ProfilesResponse(
            RequestRouter.ProtocolVersion, envelope.Id, Type, Ok: true, [.. database.Profiles.List().Select(ProfileDtos.Of)]);
        return ValueTask.FromResult(JsonSerializer.SerializeToUtf8Bytes(response, ProtocolJsonContext.Default.ProfilesResponse));
    }
}
