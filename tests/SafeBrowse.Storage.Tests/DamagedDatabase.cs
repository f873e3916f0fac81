using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace SafeBrowse.Storage.Tests;

/// <summary>Leaves a damaged <c>safebrowse.db</c> in a folder, the way disks and crashes leave them.</summary>
internal static class DamagedDatabase
{
    private const int PageSize = 4096;

    /// <returns>The damaged bytes written.</returns>
    public static byte[] Write(TestFolder folder, Damage damage)
    {
        var bytes = damage == Damage.Garbage ? RandomBytes(3 * PageSize) : ValidDatabase(folder);
        switch (damage)
        {
            case Damage.Truncated:
                bytes = bytes[..(bytes.Length / 2)];
                break;
            case Damage.HeaderDestroyed:
                Array.Clear(bytes, 0, 100);
                break;
            case Damage.PagesOverwritten:
                RandomBytes(4 * PageSize).CopyTo(bytes, 2 * PageSize);
                break;
        }

        File.WriteAllBytes(folder.Database, bytes);
        return bytes;
    }

    private static byte[] ValidDatabase(TestFolder folder)
    {
        var database = FamilyDatabase.Open(folder.Path, new FakeTimeProvider(TestDatabase.Start));
        var child = database.Profiles.Save("Ana", AgeBand.From13To15, "es", "CO").Id;
        using (var connection = new SqliteConnection($"Data Source={database.FilePath}"))
        {
            connection.Open();
            using var fill = connection.CreateCommand();
            fill.CommandText =
                """
                WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400)
                INSERT INTO events (profile_id, site, contact, at, level, categories, excerpt)
                SELECT $child, 'web.whatsapp.com', 'contact-' || i, i, 'alert', 'secrecy', hex(randomblob(60)) FROM n
                """;
            fill.Parameters.AddWithValue("$child", child);
            fill.ExecuteNonQuery();
        }

        // Closing the last connection checkpoints the WAL into the file and removes it.
        SqliteConnection.ClearAllPools();
        var bytes = File.ReadAllBytes(folder.Database);
        Assert.IsGreaterThan(8 * PageSize, bytes.Length);
        return bytes;
    }

    private static byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        new Random(20260302).NextBytes(bytes);
        return bytes;
    }
}
