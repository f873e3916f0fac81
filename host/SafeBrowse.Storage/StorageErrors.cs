using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace SafeBrowse.Storage;

/// <summary>Sorts SQLite's failures into "the storage cannot take this", "the file is damaged" and caller mistakes.</summary>
internal static class StorageErrors
{
    public static bool IsUnavailable(SqliteException exception) => exception.SqliteErrorCode switch
    {
        raw.SQLITE_FULL or raw.SQLITE_READONLY or raw.SQLITE_IOERR or raw.SQLITE_CANTOPEN or raw.SQLITE_BUSY
            or raw.SQLITE_PERM or raw.SQLITE_CORRUPT or raw.SQLITE_NOTADB => true,
        _ => false,
    };

    public static bool IsDamage(SqliteException exception) =>
        exception.SqliteErrorCode is raw.SQLITE_CORRUPT or raw.SQLITE_NOTADB;

    public static bool IsMissingProfile(SqliteException exception) =>
        exception.SqliteExtendedErrorCode == raw.SQLITE_CONSTRAINT_FOREIGNKEY;

    public static StorageUnavailableException Unavailable(SqliteException exception) =>
        new(Describe(exception), exception);

    public static string Describe(SqliteException exception) => exception.SqliteErrorCode switch
    {
        raw.SQLITE_FULL => "The family database could not be written: the disk is full.",
        raw.SQLITE_READONLY or raw.SQLITE_PERM => "The family database could not be written: it is read-only.",
        raw.SQLITE_IOERR => "The family database could not be read or written: the disk reported an error.",
        raw.SQLITE_CANTOPEN => "The family database could not be opened.",
        raw.SQLITE_BUSY => "The family database stayed locked by another SafeBrowse process.",
        raw.SQLITE_CORRUPT or raw.SQLITE_NOTADB => "The family database is damaged.",
        _ => "The family database is unavailable.",
    };
}
