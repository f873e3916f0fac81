using Microsoft.Data.Sqlite;

namespace SafeBrowse.Storage;

/// <summary>
/// Opens one pooled connection per operation, so every store is thread-safe and several host processes (one per
/// browser profile) can share the file. Turns "the disk cannot take this" into <see cref="StorageUnavailableException"/>,
/// which the host reports and survives.
/// </summary>
internal sealed class SqliteGateway
{
    // Per connection: wait for other processes instead of failing, make every commit survive power loss, and
    // overwrite deleted rows instead of leaving them in free pages.
    private const string ConnectionPragmas = "PRAGMA busy_timeout = 5000; PRAGMA synchronous = FULL; PRAGMA secure_delete = ON;";

    private readonly string connectionString;

    public SqliteGateway(string filePath)
    {
        FilePath = filePath;
        connectionString = ConnectionString(filePath, pooled: true);
    }

    public string FilePath { get; }

    public static string ConnectionString(string filePath, bool pooled) => new SqliteConnectionStringBuilder
    {
        DataSource = filePath,
        Mode = SqliteOpenMode.ReadWrite,
        Pooling = pooled,
        ForeignKeys = true,
        DefaultTimeout = 5,
    }.ToString();

    public SqliteConnection OpenConnection()
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            connection.Open();
            connection.Execute(ConnectionPragmas);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public T Read<T>(Func<SqliteConnection, T> read)
    {
        try
        {
            using var connection = OpenConnection();
            return read(connection);
        }
        catch (SqliteException exception) when (StorageErrors.IsUnavailable(exception))
        {
            throw StorageErrors.Unavailable(exception);
        }
    }

    public void Write(Action<SqliteConnection> write) => Write(connection =>
    {
        write(connection);
        return true;
    });

    /// <summary>Runs <paramref name="write"/> inside <c>BEGIN IMMEDIATE</c>, so read-then-write steps never race.</summary>
    public T Write<T>(Func<SqliteConnection, T> write)
    {
        try
        {
            using var connection = OpenConnection();
            using var transaction = connection.BeginTransaction(deferred: false);
            var result = write(connection);
            transaction.Commit();
            return result;
        }
        catch (SqliteException exception) when (StorageErrors.IsUnavailable(exception))
        {
            throw StorageErrors.Unavailable(exception);
        }
        catch (SqliteException exception) when (StorageErrors.IsMissingProfile(exception))
        {
            throw new ArgumentException("The profile does not exist.", exception);
        }
    }
}
