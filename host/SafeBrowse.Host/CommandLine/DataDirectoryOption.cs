using System.CommandLine;

namespace SafeBrowse.Host.CommandLine;

/// <summary><c>--data-dir</c>, taken by every command and by the browser launch; the environment variable stands in for it.</summary>
internal static class DataDirectoryOption
{
    public const string Name = "--data-dir";
    public const string Variable = "SAFEBROWSE_DATA_DIR";

    public static Option<string> Create() => new(Name)
    {
        Description = $"Where data and logs go (or {Variable}; the account's own folder when neither is set)",
        HelpName = "DIR",
        Recursive = true,
    };

    public static string? FromEnvironment(Func<string, string?> environment) =>
        environment(Variable) is { Length: > 0 } fromEnvironment ? fromEnvironment : null;

    public static string? Resolve(ParseResult parseResult, Option<string> option, Func<string, string?> environment) =>
        parseResult.GetValue(option) ?? FromEnvironment(environment);
}
