namespace SafeBrowse.Storage;

/// <summary>What <c>doctor</c> reports about the family database, gathered without changing anything.</summary>
/// <param name="DatabaseExists">Whether <c>safebrowse.db</c> is in the data folder.</param>
/// <param name="IntegrityProblem">
/// <see langword="null"/> when <c>PRAGMA quick_check</c> passed; otherwise why the file could not be checked or what the
/// check found (page numbers, never user data). Also null when the database does not exist.
/// </param>
/// <param name="SchemaVersion">The file's <c>user_version</c>, or null when it could not be read.</param>
/// <param name="CorruptCopies">Full paths of damaged files moved aside (<c>safebrowse.db.corrupt-*</c>), oldest first.</param>
/// <param name="PermissionProblems">Full paths of files that other users may read or write (Unix only; expected mode 600).</param>
public sealed record StorageHealth(
    bool DatabaseExists,
    string? IntegrityProblem,
    int? SchemaVersion,
    IReadOnlyList<string> CorruptCopies,
    IReadOnlyList<string> PermissionProblems)
{
    public bool IntegrityOk => DatabaseExists && IntegrityProblem is null;

    /// <summary>The schema version this build creates and reads.</summary>
    public static int CurrentSchemaVersion => Schema.Version;

    public bool IsHealthy => IntegrityOk && SchemaVersion == CurrentSchemaVersion && PermissionProblems.Count == 0;
}
