using System.Globalization;
using SafeBrowse.Host.CommandLine;

namespace SafeBrowse.Host.Scanning;

/// <param name="Input">The conversations, JSONL, gzip or not.</param>
/// <param name="Output">Where the decision lines go.</param>
/// <param name="Profile">With <paramref name="Record"/>, the child profile the notices are recorded for.</param>
/// <param name="Record">Records the notices into the profile's store as if observed live, so a digest can be made from a file.</param>
/// <param name="Start">When the recorded conversations are taken to have started; now unless given.</param>
internal sealed record ScanArguments(string Input, string Output, string? Profile, bool Record, DateTimeOffset? Start)
{
    public const string Usage =
        "scan --input FILE.jsonl[.gz] --output DECISIONS.jsonl [--profile NAME --record [--start TIME]]   replay recorded conversations as if observed live";

    public static ScanArguments Parse(IReadOnlyList<string> arguments)
    {
        string? input = null;
        string? output = null;
        string? profile = null;
        var record = false;
        DateTimeOffset? start = null;
        for (var index = 0; index < arguments.Count; index++)
        {
            var name = arguments[index];
            if (name == "--record")
            {
                record = true;
                continue;
            }

            var value = index + 1 < arguments.Count ? arguments[++index] : throw new CommandLineException($"scan: {name} needs a value.");
            switch (name)
            {
                case "--input":
                    input = value;
                    break;
                case "--output":
                    output = value;
                    break;
                case "--profile":
                    profile = value;
                    break;
                case "--start":
                    start = DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
                        ? parsed
                        : throw new CommandLineException("scan: --start must be a time such as 2026-11-23T16:00:00Z.");
                    break;
                default:
                    throw new CommandLineException($"scan: unknown option '{name}'.");
            }
        }

        if (record != (profile is not null))
        {
            throw new CommandLineException("scan: --record and --profile NAME go together.");
        }

        return new ScanArguments(
            input ?? throw new CommandLineException("scan: --input FILE is required."),
            output ?? throw new CommandLineException("scan: --output FILE is required."),
            profile,
            record,
            start);
    }
}
