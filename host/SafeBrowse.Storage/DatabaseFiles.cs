using System.Globalization;

namespace SafeBrowse.Storage;

/// <summary>
/// The files of the family database in one data folder, and the file-system work SQLite does not do for us:
/// creating them readable by the user alone, and moving a damaged set aside without deleting it.
/// </summary>
internal sealed class DatabaseFiles
{
    public const string FileName = "safebrowse.db";

    private const string CorruptMarker = ".corrupt-";
    private const string MovedAtFormat = "yyyyMMdd'T'HHmmss'Z'";
    private const UnixFileMode UserOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode UserOnlyFolder = UserOnly | UnixFileMode.UserExecute;
    private const UnixFileMode GroupOrOthers = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    private static readonly string[] Suffixes = ["", "-wal", "-shm"];

    public DatabaseFiles(string dataDirectory)
    {
        Folder = Path.GetFullPath(dataDirectory);
        Database = Path.Combine(Folder, FileName);
    }

    public string Folder { get; }

    public string Database { get; }

    public string Wal => Database + "-wal";

    /// <summary>Held only while a process checks, repairs or migrates the file, so two never repair at once.</summary>
    public string OpenLock => Database + ".lock";

    public void CreateDirectory()
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(Folder);
        }
        else
        {
            Directory.CreateDirectory(Folder, UserOnlyFolder);
        }
    }

    /// <summary>
    /// SQLite would create the file readable by everyone (0644); creating it first as 0600 also gives its -wal and
    /// -shm that mode, since SQLite copies the database's mode to them.
    /// </summary>
    public void CreateDatabaseIfMissing()
    {
        try
        {
            using var created = new FileStream(Database, UserOnlyOptions(FileMode.CreateNew, FileAccess.Write, FileShare.ReadWrite));
        }
        catch (IOException) when (File.Exists(Database))
        {
            RestrictToUser(Database);
        }
    }

    /// <exception cref="IOException">Another process holds the lock.</exception>
    public FileStream LockForOpening() =>
        new(OpenLock, UserOnlyOptions(FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));

    /// <summary>Moves the database and its -wal/-shm to <c>safebrowse.db.corrupt-&lt;UTC time&gt;</c>, kept user-only.</summary>
    public void MoveAside(DateTimeOffset at)
    {
        var stamp = at.UtcDateTime.ToString(MovedAtFormat, CultureInfo.InvariantCulture);
        var target = Database + CorruptMarker + stamp;
        for (var copy = 2; TargetTaken(target); copy++)
        {
            target = string.Create(CultureInfo.InvariantCulture, $"{Database}{CorruptMarker}{stamp}-{copy}");
        }

        foreach (var suffix in Suffixes)
        {
            var source = Database + suffix;
            if (File.Exists(source))
            {
                File.Move(source, target + suffix);
                RestrictToUser(target + suffix);
            }
        }
    }

    public IReadOnlyList<string> CorruptCopies()
    {
        if (!Directory.Exists(Folder))
        {
            return [];
        }

        var copies = Directory.GetFiles(Folder, FileName + CorruptMarker + "*");
        Array.Sort(copies, StringComparer.Ordinal);
        return copies;
    }

    /// <summary>
    /// Damaged copies moved aside before <paramref name="cutoff"/>, by the time in their name: a move keeps the
    /// file's own modification time, which says when the damage was written, not when it was found.
    /// </summary>
    public IReadOnlyList<string> CorruptCopiesMovedBefore(DateTimeOffset cutoff)
    {
        var prefix = Path.GetFileName(Database) + CorruptMarker;
        return [.. CorruptCopies().Where(copy => MovedAt(Path.GetFileName(copy)[prefix.Length..]) is { } movedAt && movedAt < cutoff)];
    }

    /// <summary>Full paths of our files that group or others may read or write; always empty on Windows.</summary>
    public IReadOnlyList<string> OpenToOthers()
    {
        if (OperatingSystem.IsWindows())
        {
            return [];
        }

        var open = new List<string>();
        foreach (var file in Suffixes.Select(suffix => Database + suffix).Append(OpenLock).Concat(CorruptCopies()))
        {
            if (File.Exists(file) && (File.GetUnixFileMode(file) & GroupOrOthers) != 0)
            {
                open.Add(file);
            }
        }

        return open;
    }

    private static FileStreamOptions UserOnlyOptions(FileMode mode, FileAccess access, FileShare share)
    {
        var options = new FileStreamOptions { Mode = mode, Access = access, Share = share };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UserOnly;
        }

        return options;
    }

    private static void RestrictToUser(string path)
    {
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & GroupOrOthers) != 0)
        {
            File.SetUnixFileMode(path, UserOnly);
        }
    }

    /// <returns>Null for a name this class did not write, so a file someone else put there is never deleted.</returns>
    private static DateTimeOffset? MovedAt(string stampAndSuffix)
    {
        var length = MovedAtFormat.Replace("'", string.Empty, StringComparison.Ordinal).Length;
        return stampAndSuffix.Length >= length
            && DateTimeOffset.TryParseExact(stampAndSuffix[..length], MovedAtFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var movedAt)
            ? movedAt
            : null;
    }

    private static bool TargetTaken(string target) =>
        Suffixes.Any(suffix => File.Exists(target + suffix));
}
