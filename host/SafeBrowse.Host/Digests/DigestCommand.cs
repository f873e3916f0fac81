using SafeBrowse.Host.CommandLine;
using SafeBrowse.Host.Platform;
using SafeBrowse.Storage;

namespace SafeBrowse.Host.Digests;

/// <summary>
/// `digest`: renders a child's week to a file. It needs no PIN: whoever can run it can already read the data folder,
/// which belongs to this computer account alone.
/// </summary>
internal static class DigestCommand
{
    public static async Task<int> RunAsync(DigestArguments arguments, string? dataDirectory, CommandOutput output, TimeProvider clock)
    {
        var database = FamilyDatabase.Open(DataDirectory.Ensure(dataDirectory), clock);
        if (database.Profiles.Find(arguments.Profile) is not { } profile)
        {
            var known = database.Profiles.List().Select(candidate => candidate.Name).ToList();
            await output.Error.WriteLineAsync(known.Count == 0
                ? $"digest: there is no child profile called '{arguments.Profile}'; this computer has none yet."
                : $"digest: there is no child profile called '{arguments.Profile}'. Known profiles: {string.Join(", ", known)}.");
            return ExitCodes.UsageError;
        }

        var html = new DigestComposer(clock).Compose(database, profile, arguments.Week, arguments.Language ?? profile.Language);
        DigestFiles.Write(arguments.Output, html);
        await output.Out.WriteLineAsync($"digest: wrote {arguments.Output} ({html.Length / 1024.0:F0} KB): {profile.Name}, week {arguments.Week}, {arguments.Language ?? profile.Language}");
        return ExitCodes.Success;
    }
}
