using System.Text.RegularExpressions;

namespace SafeBrowse.EndToEnd.Tests.Support;

internal static partial class HostLog
{
    public static int CountScoredMessages(string dataDirectory) => SumOfScored(dataDirectory, "count");

    private static int SumOfScored(string dataDirectory, string group)
    {
        var logs = Path.Combine(dataDirectory, "logs");
        if (!Directory.Exists(logs))
        {
            return 0;
        }

        return Directory.EnumerateFiles(logs)
            .SelectMany(ReadSharedLines)
            .Select(line => ScoredLine().Match(line))
            .Where(match => match.Success)
            .Sum(match => int.Parse(match.Groups[group].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The characters of text the host scored: with the count, it shows the page's text arrived whole, without logging it.</summary>
    public static int CountScoredCharacters(string dataDirectory) => SumOfScored(dataDirectory, "characters");

    public static int CountScoredIncoming(string dataDirectory) => SumOfScored(dataDirectory, "incoming");

    /// <summary>Messages scored as older history the child scrolled back to.</summary>
    public static int CountScoredHistory(string dataDirectory) => SumOfScored(dataDirectory, "history");

    public static string ReadAll(string dataDirectory)
    {
        var logs = Path.Combine(dataDirectory, "logs");
        return Directory.Exists(logs) ? string.Join('\n', Directory.EnumerateFiles(logs).SelectMany(ReadSharedLines)) : string.Empty;
    }

    private static IEnumerable<string> ReadSharedLines(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }

    [GeneratedRegex(@"Scored request .*?: (?<count>\d+) messages \((?<incoming>\d+) incoming, (?<history>\d+) history\), (?<characters>\d+) characters")]
    private static partial Regex ScoredLine();
}
