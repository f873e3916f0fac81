using SafeBrowse.Digest;
using SafeBrowse.Host.CommandLine;
using SafeBrowse.Host.Family;

namespace SafeBrowse.Host.Digests;

internal sealed record DigestArguments(string Profile, IsoWeek Week, string Output, string? Language)
{
    public const string Usage = "digest --profile NAME --week YYYY-Www --out FILE.html [--lang es|en]   write a child's weekly digest";

    public static DigestArguments Parse(IReadOnlyList<string> arguments)
    {
        string? profile = null;
        string? week = null;
        string? output = null;
        string? language = null;
        for (var index = 0; index < arguments.Count; index++)
        {
            var name = arguments[index];
            var value = index + 1 < arguments.Count ? arguments[++index] : throw new CommandLineException($"digest: {name} needs a value.");
            switch (name)
            {
                case "--profile":
                    profile = value;
                    break;
                case "--week":
                    week = value;
                    break;
                case "--out":
                    output = value;
                    break;
                case "--lang":
                    language = FamilyLanguages.IsSupported(value) ? value : throw new CommandLineException("digest: --lang must be es or en.");
                    break;
                default:
                    throw new CommandLineException($"digest: unknown option '{name}'.");
            }
        }

        if (!IsoWeek.TryParse(week ?? throw new CommandLineException("digest: --week YYYY-Www is required."), out var parsedWeek))
        {
            throw new CommandLineException("digest: --week must look like 2026-W48.");
        }

        return new DigestArguments(
            profile ?? throw new CommandLineException("digest: --profile NAME is required."),
            parsedWeek,
            output ?? throw new CommandLineException("digest: --out FILE.html is required."),
            language);
    }
}
