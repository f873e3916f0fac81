using System.CommandLine;

namespace SafeBrowse.Host.CommandLine;

/// <summary>What every command's action needs besides its own options: where to write, the clock, the data folder.</summary>
internal sealed record CommandContext(CommandOutput Output, TimeProvider Clock, Func<string, string?> Environment)
{
    public Option<string> DataDirectory { get; } = DataDirectoryOption.Create();

    public string? DataDirectoryOf(ParseResult parseResult) =>
        DataDirectoryOption.Resolve(parseResult, DataDirectory, Environment);
}
