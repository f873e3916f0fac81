using System.Globalization;

namespace SafeBrowse.Training;

/// <summary>Command line: --data DIR --out DIR [--seed N] [--max-positives N] [--version TEXT] [--hold-out SOURCE].</summary>
internal sealed record TrainingArguments(string DataDirectory, string OutputDirectory, int Seed, int MaxPositives, string? Version, string? HoldOutSource)
{
    public const string Usage =
        "usage: SafeBrowse.Training --data <corpus dir> --out <model dir> [--seed 20261128] [--max-positives 150000] [--version 2026-11-28.1] [--hold-out formspring]";

    public static TrainingArguments? Parse(IReadOnlyList<string> args)
    {
        string? data = null;
        string? output = null;
        string? version = null;
        string? holdOut = null;
        var seed = 20261128;
        var maxPositives = 150_000;
        for (var index = 0; index + 1 < args.Count; index += 2)
        {
            var value = args[index + 1];
            switch (args[index])
            {
                case "--data":
                    data = value;
                    break;
                case "--out":
                    output = value;
                    break;
                case "--version":
                    version = value;
                    break;
                case "--hold-out":
                    holdOut = value;
                    break;
                case "--seed" when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsedSeed):
                    seed = parsedSeed;
                    break;
                case "--max-positives" when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsedMax) && parsedMax > 0:
                    maxPositives = parsedMax;
                    break;
                default:
                    return null;
            }
        }

        return args.Count % 2 == 0 && data is not null && output is not null
            ? new TrainingArguments(Path.GetFullPath(data), Path.GetFullPath(output), seed, maxPositives, version, holdOut)
            : null;
    }
}
