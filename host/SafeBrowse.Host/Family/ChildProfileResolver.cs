using SafeBrowse.Storage;

namespace SafeBrowse.Host.Family;

/// <summary>
/// The child this connection's browser profile belongs to: the profile a parent assigned it, else the family's
/// default. A family that has set nothing up gets one profile, so events are never dropped for want of a name.
/// </summary>
internal sealed class ChildProfileResolver(FamilyStorage storage, BrowserProfileContext context)
{
    public ChildProfile? Current()
    {
        if (storage.Database is not { } database)
        {
            return null;
        }

        try
        {
            return Resolve(database);
        }
        catch (StorageUnavailableException)
        {
            return null;
        }
    }

    private ChildProfile Resolve(FamilyDatabase database)
    {
        if (context.InstallId is { } install
            && database.Profiles.AssignedProfileId(install) is { } assignedId
            && database.Profiles.Get(assignedId) is { } assigned)
        {
            return assigned;
        }

        var settings = database.Settings.Read();
        if (settings.DefaultProfileId is { } defaultId && database.Profiles.Get(defaultId) is { } fallback)
        {
            return fallback;
        }

        if (database.Profiles.List() is [var first, ..])
        {
            return first;
        }

        var created = database.Profiles.Save(
            FamilyLanguages.FirstProfileName(context.Language),
            AgeBand.Unknown,
            context.Language,
            FamilyLanguages.CountryFor(context.Language));
        database.Settings.Write(settings with { DefaultProfileId = created.Id });
        return created;
    }
}
