using System.Text;

namespace SafeBrowse.Detection.Tests;

/// <summary>
/// A deterministic mix of chat text for equivalence tests: the hand-written chats, their words recombined, and the
/// awkward cases (accents, emoji, contact details, repeated letters, other scripts, very long, empty).
/// </summary>
internal static class VariedMessages
{
    private static readonly string[] Extras =
    [
        "", " ", "\t\n", "?!... :)", "😀😀😀", "te quiero 😘😘 mucho", "你好 朋友", "zzqx", "a", "ß ẞ ı İ ǅ",
        "ＦＵＬＬ ｗｉｄｔｈ", "l33t sp34k 4 u", "heyyyyyy cutieeee", "Ñandú ÀÉÎÕÜ çà", "e\u0301 combining",
        "call me 555-123-4567 or +57 300 123 4567", "mira https://example.com/x?y=1 y www.juegos.co",
        "kid.name@mail.com escribeme", "code 123456 and 12 and 1234", "don’t tell ur mom`s friend´s dad",
        "½ ² ³ Ⅻ ٣ numbers", "tab\tseparated\u00A0nbsp\u2003em", "UPPER CASE SHOUTING", "snap insta wpp ig tg fb",
    ];

    private static readonly string[] Emoji = ["😀", "🙂", "❤️", "🔥", "👀", "🤫", "📸", "🎮"];

    public static IReadOnlyList<string> Create(int count, int seed)
    {
        var lines = GroomingChats.All
            .SelectMany(row => ((GroomingScript)row[0]).Lines)
            .Concat(BenignChats.English)
            .Concat(BenignChats.Spanish)
            .Select(line => line.Text)
            .ToArray();
        var words = lines.SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        var random = new Random(seed);
        var messages = new List<string>(count);
        messages.AddRange(Extras);
        messages.AddRange(lines);
        while (messages.Count < count)
        {
            messages.Add((messages.Count % 10) switch
            {
                0 => string.Join(' ', Enumerable.Range(0, 400 + random.Next(800)).Select(_ => words[random.Next(words.Length)])),
                1 => lines[random.Next(lines.Length)] + " " + Emoji[random.Next(Emoji.Length)],
                2 => lines[random.Next(lines.Length)].ToUpperInvariant(),
                3 => Mangle(lines[random.Next(lines.Length)], random),
                4 => lines[random.Next(lines.Length)] + ", " + lines[random.Next(lines.Length)],
                _ => string.Join(' ', Enumerable.Range(0, 1 + random.Next(14)).Select(_ => words[random.Next(words.Length)])),
            });
        }

        return messages;
    }

    // Repeats letters, drops spaces and inserts punctuation, the way fast typing does.
    private static string Mangle(string line, Random random)
    {
        var builder = new StringBuilder(line.Length * 2);
        foreach (var c in line)
        {
            var roll = random.Next(20);
            if (roll == 0 && char.IsLetter(c))
            {
                builder.Append(c, 3 + random.Next(4));
            }
            else if (roll == 1 && c == ' ')
            {
                builder.Append(random.Next(2) == 0 ? "..." : string.Empty);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
