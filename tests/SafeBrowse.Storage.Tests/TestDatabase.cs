using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;
using SafeBrowse.Protocol;

namespace SafeBrowse.Storage.Tests;

/// <summary>A family database in its own folder with a fake clock, and helpers to fill it.</summary>
internal sealed class TestDatabase : IDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 16, 0, 0, TimeSpan.Zero);

    public TestDatabase()
    {
        Database = FamilyDatabase.Open(Folder.Path, Clock);
    }

    public TestFolder Folder { get; } = new();

    public FakeTimeProvider Clock { get; } = new(Start);

    public FamilyDatabase Database { get; }

    public long AddChild(string name = "Ana") => Database.Profiles.Save(name, AgeBand.From10To12, "es", "CO").Id;

    /// <summary>A connection from the same pool the stores use, so per-connection settings made on it stick.</summary>
    public SqliteConnection PooledConnection() => new SqliteGateway(Database.FilePath).OpenConnection();

    public static FlaggedEvent Flagged(
        long profileId,
        DateTimeOffset at,
        string level = RiskLevelWords.Notice,
        string contact = "alex",
        string? excerpt = null) =>
        new(0, profileId, "web.whatsapp.com", contact, at, level, ["secrecy"], excerpt);

    public void Dispose() => Folder.Dispose();
}
