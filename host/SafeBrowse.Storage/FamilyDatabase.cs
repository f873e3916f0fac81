namespace SafeBrowse.Storage;

/// <summary>
/// The family's one SQLite file, <c>safebrowse.db</c> in the data folder. It holds only what a parent may see:
/// flagged events (never benign chat), feedback, settings, the PIN hash, activity spans and each contact's
/// risk state (categories, weights and times; never text). Holds no open
/// connection: each operation takes a pooled one, so an instance is thread-safe and several host processes can
/// share the file.
/// </summary>
public sealed class FamilyDatabase
{
    private readonly SqliteGateway gateway;

    private FamilyDatabase(SqliteGateway gateway, DatabaseFiles files, TimeProvider clock)
    {
        this.gateway = gateway;
        Profiles = new ProfileStore(gateway, clock);
        Settings = new SettingsStore(gateway);
        Pin = new PinStore(gateway);
        Events = new EventStore(gateway);
        Feedback = new FeedbackStore(gateway);
        Activity = new ActivityStore(gateway);
        Pauses = new PauseStore(gateway);
        SiteUse = new SiteUseStore(gateway);
        Digests = new DigestIndex(gateway);
        Incidents = new IncidentStore(gateway);
        ContactStates = new ContactStateStore(gateway);
        TrustedContacts = new TrustedContactStore(gateway);
        Retention = new RetentionSweeper(gateway, files);
    }

    public string FilePath => gateway.FilePath;

    public ProfileStore Profiles { get; }

    public SettingsStore Settings { get; }

    public PinStore Pin { get; }

    public EventStore Events { get; }

    public FeedbackStore Feedback { get; }

    public ActivityStore Activity { get; }

    public PauseStore Pauses { get; }

    public SiteUseStore SiteUse { get; }

    public DigestIndex Digests { get; }

    public IncidentStore Incidents { get; }

    public ContactStateStore ContactStates { get; }

    public TrustedContactStore TrustedContacts { get; }

    public RetentionSweeper Retention { get; }

    /// <summary>
    /// Creates or opens the database and brings its schema up to date; safe from several threads and processes at
    /// once. A damaged file never stops the host: it is moved aside to <c>safebrowse.db.corrupt-&lt;time&gt;</c>, a
    /// fresh database is started and a <see cref="StorageIncidentKind.DatabaseReplaced"/> incident is recorded in it.
    /// </summary>
    /// <exception cref="StorageUnavailableException">The folder cannot hold a database at all (read-only, full, denied).</exception>
    public static FamilyDatabase Open(string dataDirectory, TimeProvider clock)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        ArgumentNullException.ThrowIfNull(clock);
        var files = new DatabaseFiles(dataDirectory);
        var now = clock.GetUtcNow();
        var replaced = DatabaseOpener.Prepare(files, now);
        var database = new FamilyDatabase(new SqliteGateway(files.Database), files, clock);
        if (replaced)
        {
            database.Incidents.Record(StorageIncidentKind.DatabaseReplaced, now);
        }

        return database;
    }

    /// <summary>For <c>doctor</c>: reports on the database in <paramref name="dataDirectory"/> without changing any file.</summary>
    public static StorageHealth Inspect(string dataDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        return DatabaseInspector.Inspect(new DatabaseFiles(dataDirectory));
    }
}
