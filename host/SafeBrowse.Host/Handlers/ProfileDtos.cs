using SafeBrowse.Host.Json;
using SafeBrowse.Storage;

namespace SafeBrowse.Host.Handlers;

internal static class ProfileDtos
{
    public static ProfileDto Of(ChildProfile profile) =>
        new(profile.Name, AgeBands.ToId(profile.AgeBand), profile.Language, profile.Country);
}
