using System.CommandLine;
using System.Globalization;
using SafeBrowse.Host.CommandLine;

namespace SafeBrowse.Host.Scanning;

/// <summary>
/// <c>scan --input FILE --output FILE [--profile NAME --record [--start TIME]]</c>; <c>--out</c> is the same as
/// <c>--output</c>, as in <c>digest</c>.
/// </summary>
internal static class ScanCommandLine
{
    public static Command Create(CommandContext context)
    {
        var input = new Option<string>("--input") { Description = "The recorded conversations, JSONL, gzip or not", HelpName = "FILE.jsonl[.gz]", Required = true };
        var output = new Option<string>("--output", "--out") { Description = "Where the decision lines go", HelpName = "DECISIONS.jsonl", Required = true };
        var profile = new Option<string>("--profile") { Description = "With --record, the child profile the notices are recorded for (created if missing)", HelpName = "NAME" };
        var record = new Option<bool>("--record") { Description = "Record the notices as if observed live, so a digest can be made from the file" };
        var start = new Option<DateTimeOffset?>("--start")
        {
            Description = "When the recorded conversations are taken to have started (default: now)",
            HelpName = "TIME",
            CustomParser = result =>
            {
                if (DateTimeOffset.TryParse(result.Tokens[0].Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                {
                    return parsed;
                }

                result.AddError("--start must be a time such as 2026-11-23T16:00:00Z.");
                return null;
            },
        };

        var scan = new Command("scan", "Replay recorded conversations as if observed live, and write each decision") { input, output, profile, record, start };
        scan.Validators.Add(result =>
        {
            if (result.GetValue(record) != (result.GetValue(profile) is not null))
            {
                result.AddError("--record and --profile NAME go together.");
            }
        });
        scan.SetAction((parseResult, _) => ScanCommand.RunAsync(
            new ScanArguments(parseResult.GetRequiredValue(input), parseResult.GetRequiredValue(output), parseResult.GetValue(profile), parseResult.GetValue(record), parseResult.GetValue(start)),
            context.DataDirectoryOf(parseResult),
            context.Output,
            context.Clock));
        return scan;
    }
}
