using Microsoft.Data.Sqlite;

namespace SafeBrowse.Storage;

/// <summary><c>PRAGMA quick_check</c>: catches damaged pages in time linear in the file, which is small here.</summary>
internal static class IntegrityCheck
{
    /// <returns><see langword="null"/> when the file is sound; otherwise SQLite's findings (page numbers, never row data).</returns>
    public static string? Problem(SqliteConnection connection)
    {
        var findings = connection.Query("PRAGMA quick_check", reader => reader.GetString(0));
        return findings is ["ok"] ? null : string.Join(Environment.NewLine, findings);
    }
}
