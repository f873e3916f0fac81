using SafeBrowse.Host.CommandLine;

namespace SafeBrowse.Host.Scanning;

internal sealed record ScanArguments(string Input, string Output)
{
    public const string Usage = "scan --input FILE.jsonl[.gz] --output DECISIONS.jsonl   replay recorded conversations as if observed live";

    public static ScanArguments Parse(IReadOnlyList<string> arguments)
    {
        string? input = null;
        string? output = null;
        for (var index = 0; index < arguments.Count; index++)
        {
            var name = arguments[index];
            var value = index + 1 < arguments.Count ? arguments[++index] : throw new CommandLineException($"scan: {name} needs a value.");
            switch (name)
            {
                case "--input":
                    input = value;
                    break;
                case "--output":
                    output = value;
                    break;
                default:
                    throw new CommandLineException($"scan: unknown option '{name}'.");
            }
        }

        return new ScanArguments(
            input ?? throw new CommandLineException("scan: --input FILE is required."),
            output ?? throw new CommandLineException("scan: --output FILE is required."));
    }
}
