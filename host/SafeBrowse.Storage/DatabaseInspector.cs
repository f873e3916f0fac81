using Microsoft.Data.Sqlite;

namespace SafeBrowse.Storage;

/// <summary>
/// Looks at the database for <c>doctor</c> without writing a byte. A read-only SQLite connection would still create
/// -wal and -shm files, so when no -wal exists (no host has the file open) the file is opened immutable.
/// </summary>
internal static class DatabaseInspector
{
    public static StorageHealth Inspect(DatabaseFiles files)
    {
        var exists = File.Exists(files.Database);
        string? problem = null;
        int? version = null;
        if (exists)
        {
            try
            {
                using var connection = new SqliteConnection(ReadOnlyConnectionString(files));
                connection.Open();
                version = SchemaMigrator.UserVersion(connection);
                problem = IntegrityCheck.Problem(connection);
            }
            catch (SqliteException exception)
            {
                problem = StorageErrors.Describe(exception);
            }
        }

        return new StorageHealth(exists, problem, version, files.CorruptCopies(), files.OpenToOthers());
    }

    private static string ReadOnlyConnectionString(DatabaseFiles files) => new SqliteConnectionStringBuilder
    {
        DataSource = File.Exists(files.Wal) ? files.Database : ImmutableUri(files.Database),
        Mode = SqliteOpenMode.ReadOnly,
        Pooling = false,
    }.ToString();

    private static string ImmutableUri(string path)
    {
        var segments = path.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return "file:" + string.Join('/', segments.Select(Uri.EscapeDataString)) + "?immutable=1";
    }
}
