using Microsoft.Data.Sqlite;

namespace SafeBrowse.Storage.Tests;

/// <summary>A fresh temporary data folder, deleted with the pooled connections that point into it.</summary>
internal sealed class TestFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("safebrowse-storage-").FullName;

    public string Database => File(DatabaseFiles.FileName);

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string[] FileNames() =>
        [.. Directory.GetFiles(Path).Select(file => System.IO.Path.GetFileName(file)).Order(StringComparer.Ordinal)];

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
