using System.Text.Json;

namespace SafeBrowse.Host.Family;

/// <summary>
/// Where the setup code is kept and how it is written. An install for every account keeps it beside the program, in
/// a folder only an administrator can write, and that copy wins: the child's host reads it, the child cannot replace
/// it. Otherwise it is in the family's data folder, where anyone using this computer account could replace it.
/// </summary>
internal static class SetupCodeFiles
{
    public const string FileName = "setup-code.json";

    private const UnixFileMode UserOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode EveryoneReads = UserOnly | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    public static string Locate(string programDirectory, string dataDirectory)
    {
        var besideProgram = Path.Combine(programDirectory, FileName);
        return File.Exists(besideProgram) ? besideProgram : Path.Combine(dataDirectory, FileName);
    }

    /// <summary>The code kept at <paramref name="path"/>, or null when there is none or it cannot be read.</summary>
    public static SetupCodeRecord? Read(string path)
    {
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize(File.ReadAllBytes(path), SetupCodeJsonContext.Default.SetupCodeRecord) : null;
        }
        catch (Exception unreadable) when (unreadable is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    /// <summary>Makes a new code, replaces whatever code was at <paramref name="path"/> and returns it for a person to read.</summary>
    /// <param name="path">Where the host will look for it (<see cref="Locate"/>).</param>
    /// <param name="clearsPin">Whether the host clears the PIN when it first sees this code (<c>pin reset</c>).</param>
    /// <param name="everyAccount">Beside a program every account runs: readable by all, so each child's host can check it.</param>
    /// <param name="hasher">The PIN's hash: a guess at a copied file costs as much as a guess at the PIN.</param>
    public static string Issue(string path, bool clearsPin, bool everyAccount, PinHasher hasher)
    {
        ArgumentNullException.ThrowIfNull(hasher);
        var code = SetupCode.New();
        var hashed = hasher.Hash(SetupCode.Normalize(code));
        var record = new SetupCodeRecord(Guid.NewGuid().ToString("N"), hashed.SetAt, clearsPin, hashed.Salt, hashed.Hash, hashed.Iterations);

        // Written beside and moved over, so a host reading at that moment sees the old code or the new one whole.
        var temporary = path + ".new";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = everyAccount ? EveryoneReads : UserOnly;
        }

        using (var stream = new FileStream(temporary, options))
        {
            JsonSerializer.Serialize(stream, record, SetupCodeJsonContext.Default.SetupCodeRecord);
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, everyAccount ? EveryoneReads : UserOnly);
        }

        File.Move(temporary, path, overwrite: true);
        return code;
    }
}
