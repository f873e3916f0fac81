using System.CommandLine;
using SafeBrowse.Digest;
using SafeBrowse.Host.CommandLine;
using SafeBrowse.Host.Family;

namespace SafeBrowse.Host.Digests;

/// <summary>
/// <c>digest --profile NAME --week YYYY-Www --output FILE.html [--lang es|en]</c>; <c>--out</c>, the name the README
/// has always shown, is the same as <c>--output</c>, as in <c>scan</c>.
/// </summary>
internal static class DigestCommandLine
{
    public static Command Create(CommandContext context)
    {
        var profile = new Option<string>("--profile") { Description = "The child profile", HelpName = "NAME", Required = true };
        var week = new Option<IsoWeek>("--week")
        {
            Description = "The ISO week, such as 2026-W48",
            HelpName = "YYYY-Www",
            Required = true,
            CustomParser = result =>
            {
                if (IsoWeek.TryParse(result.Tokens[0].Value, out var parsed))
                {
                    return parsed;
                }

                result.AddError("--week must look like 2026-W48.");
                return default;
            },
        };
        var output = new Option<string>("--output", "--out") { Description = "The HTML file to write", HelpName = "FILE.html", Required = true };
        var language = new Option<string>("--lang") { Description = "The digest's language (default: the profile's)", HelpName = "es|en" };
        language.Validators.Add(result =>
        {
            if (!FamilyLanguages.IsSupported(result.GetValueOrDefault<string>()))
            {
                result.AddError("--lang must be es or en.");
            }
        });

        var digest = new Command("digest", "Write a child's weekly digest") { profile, week, output, language };
        digest.SetAction((parseResult, _) => DigestCommand.RunAsync(
            new DigestArguments(parseResult.GetRequiredValue(profile), parseResult.GetValue(week), parseResult.GetRequiredValue(output), parseResult.GetValue(language)),
            context.DataDirectoryOf(parseResult),
            context.Output,
            context.Clock));
        return digest;
    }
}
