namespace SafeBrowse.Host.Tests.Architecture;

/// <summary>A C# file of the host project: its path from the project folder, with '/' separators, and its text.</summary>
internal sealed record SourceFile(string RelativePath, string Text)
{
    /// <summary>The top folder the file lives in, or "" for a file at the project root.</summary>
    public string Folder => RelativePath.Contains('/', StringComparison.Ordinal) ? RelativePath[..RelativePath.IndexOf('/', StringComparison.Ordinal)] : "";
}
