namespace SafeBrowse.Host.Installation;

/// <summary>Creates folders and remembers which ones did not exist, so an uninstall can remove exactly those.</summary>
internal sealed class DirectoryTracker(IEnumerable<string> alreadyCreated)
{
    private readonly List<string> created = [.. alreadyCreated];

    public IReadOnlyList<string> Created => created;

    public void Ensure(string path, UnixFileMode? mode = null)
    {
        var missing = new Stack<string>();
        for (var folder = Path.GetFullPath(path); !Directory.Exists(folder); folder = Path.GetDirectoryName(folder)!)
        {
            missing.Push(folder);
        }

        while (missing.TryPop(out var folder))
        {
            if (mode is { } unixMode && !OperatingSystem.IsWindows())
            {
                Directory.CreateDirectory(folder, unixMode);
            }
            else
            {
                Directory.CreateDirectory(folder);
            }

            if (!created.Contains(folder, StringComparer.Ordinal))
            {
                created.Add(folder);
            }
        }
    }

    /// <summary>Removes the remembered folders that are empty now, deepest first; a folder holding anything stays.</summary>
    public static IReadOnlyList<string> RemoveEmpty(IEnumerable<string> folders)
    {
        var removed = new List<string>();
        foreach (var folder in folders.OrderByDescending(folder => folder.Length))
        {
            if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
                removed.Add(folder);
            }
        }

        return removed;
    }
}
