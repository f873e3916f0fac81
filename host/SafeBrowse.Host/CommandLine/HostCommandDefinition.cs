namespace SafeBrowse.Host.CommandLine;

/// <summary>One command a person can type; its <see cref="Run"/> gets the parsed line and the console's writers.</summary>
internal sealed record HostCommandDefinition(
    string Name,
    string Usage,
    Func<HostCommandLine, CommandOutput, Task<int>> Run);
