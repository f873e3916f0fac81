using System.Globalization;
using Microsoft.Data.Sqlite;

namespace SafeBrowse.Storage;

/// <summary>
/// Brings a file up to <see cref="Schema.Version"/>. The version is read again under <c>BEGIN IMMEDIATE</c>, so when
/// several processes open the same file at once exactly one applies each migration.
/// </summary>
internal static class SchemaMigrator
{
    public static void Migrate(SqliteConnection connection)
    {
        if (UserVersion(connection) >= Schema.Version)
        {
            return;
        }

        using var transaction = connection.BeginTransaction(deferred: false);
        var current = UserVersion(connection);
        if (current >= Schema.Version)
        {
            return;
        }

        for (var version = current; version < Schema.Version; version++)
        {
            foreach (var statement in Schema.Migrations[version])
            {
                connection.Execute(statement);
            }
        }

        connection.Execute(string.Create(CultureInfo.InvariantCulture, $"PRAGMA user_version = {Schema.Version}"));
        transaction.Commit();
    }

    public static int UserVersion(SqliteConnection connection) => (int)connection.Single<long>("PRAGMA user_version");
}
