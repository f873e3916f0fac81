namespace SafeBrowse.Host.Tests.Architecture;

/// <summary>A project file: the project's name (its file name without .csproj) and its XML.</summary>
internal sealed record ProjectFile(string Name, string Xml);
