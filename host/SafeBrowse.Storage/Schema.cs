namespace SafeBrowse.Storage;

/// <summary>
/// Every schema change ever shipped, in order; <c>PRAGMA user_version</c> counts how many a file has. Append only:
/// a shipped migration is never edited. One statement per string so a failure names the statement that failed.
/// </summary>
internal static class Schema
{
    public static IReadOnlyList<IReadOnlyList<string>> Migrations { get; } =
    [
        [
            """
            CREATE TABLE profiles (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL,
                name_key TEXT NOT NULL UNIQUE,
                age_band TEXT NOT NULL,
                language TEXT NOT NULL,
                country TEXT NOT NULL,
                created_at INTEGER NOT NULL
            ) STRICT
            """,
            """
            CREATE TABLE installs (
                install_id TEXT PRIMARY KEY,
                profile_id INTEGER REFERENCES profiles (id),
                last_seen_at INTEGER
            ) STRICT
            """,
            """
            CREATE TABLE settings (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                sensitivity TEXT NOT NULL,
                excerpts TEXT NOT NULL,
                retention_days INTEGER NOT NULL,
                default_profile_id INTEGER REFERENCES profiles (id)
            ) STRICT
            """,
            """
            CREATE TABLE pin (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                salt BLOB NOT NULL,
                hash BLOB NOT NULL,
                iterations INTEGER NOT NULL,
                set_at INTEGER NOT NULL
            ) STRICT
            """,
            """
            CREATE TABLE pin_attempts (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                consecutive_failures INTEGER NOT NULL,
                last_failure_at INTEGER
            ) STRICT
            """,
            """
            CREATE TABLE events (
                id INTEGER PRIMARY KEY,
                profile_id INTEGER NOT NULL REFERENCES profiles (id),
                site TEXT NOT NULL,
                contact TEXT NOT NULL,
                at INTEGER NOT NULL,
                level TEXT NOT NULL,
                categories TEXT NOT NULL,
                excerpt TEXT
            ) STRICT
            """,
            "CREATE INDEX events_by_profile_time ON events (profile_id, at)",
            """
            CREATE TABLE feedback (
                id INTEGER PRIMARY KEY,
                profile_id INTEGER NOT NULL REFERENCES profiles (id),
                site TEXT NOT NULL,
                contact TEXT NOT NULL,
                at INTEGER NOT NULL,
                categories TEXT NOT NULL,
                verdict TEXT
            ) STRICT
            """,
            "CREATE INDEX feedback_by_time ON feedback (at)",
            """
            CREATE TABLE activity_spans (
                id INTEGER PRIMARY KEY,
                install_id TEXT NOT NULL,
                profile_id INTEGER NOT NULL REFERENCES profiles (id),
                start_at INTEGER NOT NULL,
                last_seen_at INTEGER NOT NULL
            ) STRICT
            """,
            "CREATE INDEX activity_by_install ON activity_spans (install_id, last_seen_at)",
            "CREATE INDEX activity_by_profile ON activity_spans (profile_id, start_at)",
            """
            CREATE TABLE pauses (
                id INTEGER PRIMARY KEY,
                profile_id INTEGER NOT NULL REFERENCES profiles (id),
                start_at INTEGER NOT NULL,
                end_at INTEGER NOT NULL CHECK (end_at >= start_at)
            ) STRICT
            """,
            "CREATE INDEX pauses_by_profile ON pauses (profile_id, start_at)",
            """
            CREATE TABLE site_use (
                profile_id INTEGER NOT NULL REFERENCES profiles (id),
                day INTEGER NOT NULL,
                site TEXT NOT NULL,
                PRIMARY KEY (profile_id, day, site)
            ) STRICT, WITHOUT ROWID
            """,
            """
            CREATE TABLE digests (
                profile_id INTEGER NOT NULL REFERENCES profiles (id),
                week TEXT NOT NULL,
                path TEXT,
                claimed_at INTEGER NOT NULL,
                completed_at INTEGER,
                PRIMARY KEY (profile_id, week)
            ) STRICT
            """,
            """
            CREATE TABLE incidents (
                id INTEGER PRIMARY KEY,
                kind TEXT NOT NULL,
                at INTEGER NOT NULL
            ) STRICT
            """,
        ],
        [
            """
            CREATE TABLE setup_codes (
                id TEXT PRIMARY KEY,
                seen_at INTEGER NOT NULL,
                used_at INTEGER
            ) STRICT
            """,
            """
            CREATE TABLE pin_changes (
                id INTEGER PRIMARY KEY,
                kind TEXT NOT NULL,
                at INTEGER NOT NULL
            ) STRICT
            """,
            "CREATE INDEX pin_changes_by_time ON pin_changes (at)",
        ],
        [
            "ALTER TABLE activity_spans ADD COLUMN impairment TEXT",
        ],
        [
            """
            CREATE TABLE contact_state_salt (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                salt BLOB NOT NULL
            ) STRICT
            """,
            """
            CREATE TABLE contact_states (
                state_key BLOB PRIMARY KEY,
                contact_key BLOB NOT NULL,
                snapshot BLOB NOT NULL,
                revision INTEGER NOT NULL,
                seen_at INTEGER NOT NULL
            ) STRICT
            """,
            "CREATE INDEX contact_states_by_contact ON contact_states (contact_key)",
            "CREATE INDEX contact_states_by_time ON contact_states (seen_at)",
        ],
        [
            """
            CREATE TABLE trusted_contacts (
                profile_id INTEGER NOT NULL REFERENCES profiles (id),
                site TEXT NOT NULL,
                contact TEXT NOT NULL,
                kind TEXT NOT NULL,
                set_at INTEGER NOT NULL,
                PRIMARY KEY (profile_id, site, contact)
            ) STRICT
            """,
            """
            CREATE TABLE trusted_contact_changes (
                id INTEGER PRIMARY KEY,
                profile_id INTEGER NOT NULL REFERENCES profiles (id),
                site TEXT NOT NULL,
                contact TEXT NOT NULL,
                kind TEXT,
                at INTEGER NOT NULL
            ) STRICT
            """,
            "CREATE INDEX trusted_contact_changes_by_time ON trusted_contact_changes (profile_id, at)",
        ],
    ];

    public static int Version => Migrations.Count;
}
