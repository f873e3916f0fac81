using System.Text.Json.Nodes;
using SafeBrowse.Detection;
using SafeBrowse.Host.Tests.Support;

namespace SafeBrowse.Host.Tests.Fuzz;

/// <summary>
/// Well-formed requests of every type in docs/protocol.md, with values drawn from what the host meets in use and
/// what it should refuse; the mutations start from these so they reach past the envelope into each handler.
/// </summary>
internal sealed class RequestTemplates(Random random, Func<string> liveSession, Func<string> spareSession)
{
    public const string KnownPin = "246810";

    public static readonly string[] Types =
    [
        "hello", "score", "heartbeat", "feedback",
        "parent.status", "parent.set-pin", "parent.unlock", "parent.lock", "parent.overview", "parent.save-profile",
        "parent.assign", "parent.save-settings", "parent.pause", "parent.digest", "parent.review",
        "parent.contacts", "parent.trust-contact",
    ];

    private static readonly string[] Categories = [.. DetectionCategories.All];

    private static readonly string[] ProfileNames = ["Familia", "Family", "Ana", "Ángela", "ÁNGELA", "Tomás", "K\u212Aid", " Ana ", "", "   "];

    // Weeks at the edges of the calendar the digest walks back and forth from, and near misses of the format.
    private static readonly string[] Weeks =
    [
        "2026-W48", "2026-W47", "2026-W53", "2020-W53", "0001-W01", "0001-W03", "0002-W01", "9999-W52", "9999-W01", "9998-W52",
        "2026-W00", "2026-W5", "2026W48x", "2026-w48", "+026-W48", "２０２６-W48",
    ];

    private static readonly string[] Texts =
    [
        .. ConversationRequests.Grooming,
        .. ConversationRequests.Benign,
        "\u202Eesrever\u200B 😀👨‍👩‍👧 \u0000 end",
        "\r\n\t\"quoted\" \\ back",
        string.Empty,
    ];

    /// <summary>The words planted in the request being built.</summary>
    public Canaries Canaries { get; set; } = Canaries.Next(random);

    public JsonObject Create(string type)
    {
        var request = new JsonObject { ["v"] = 1, ["id"] = $"r-{random.Next(100_000)}", ["type"] = type };
        switch (type)
        {
            case "hello":
                Maybe(request, "install", () => Install());
                Maybe(request, "language", () => Pick("es", "en", "fr", ""));
                break;
            case "score":
                request["site"] = Site();
                request["messages"] = new JsonArray([.. Enumerable.Range(0, random.Next(1, 5)).Select(_ => (JsonNode)Message())]);
                break;
            case "heartbeat":
                request["install"] = Install();
                Maybe(request, "protection", () => Pick("active", "no_site_access", "no_private_windows", "model_unavailable", "paused"));
                break;
            case "feedback":
                request["site"] = Site();
                request["conversation"] = Conversation();
                request["contact"] = Contact();
                request["categories"] = new JsonArray([.. Enumerable.Range(0, random.Next(0, 4)).Select(_ => (JsonNode)Pick(Categories))]);
                break;
            case "parent.set-pin":
                request["pin"] = Pin();
                Maybe(request, "session", () => spareSession());
                break;
            case "parent.unlock":
                request["pin"] = Pin();
                break;
            case "parent.lock":
                request["session"] = spareSession();
                break;
            case "parent.overview":
                request["session"] = liveSession();
                Maybe(request, "install", () => Install());
                break;
            case "parent.save-profile":
                request["session"] = liveSession();
                request["profile"] = new JsonObject
                {
                    ["name"] = Pick(ProfileNames),
                    ["ageBand"] = Pick("under_10", "10_12", "13_15", "16_17", "unknown", "adult"),
                    ["language"] = Pick("es", "en", "de"),
                    ["country"] = Pick("CO", "CL", "ES", "US", "GB", "co", "XX"),
                };
                Maybe(request, "previousName", () => ProfileName());
                break;
            case "parent.assign":
                request["session"] = liveSession();
                request["install"] = Install();
                request["profile"] = random.Next(4) == 0 ? null : ProfileName();
                break;
            case "parent.save-settings":
                request["session"] = liveSession();
                request["settings"] = new JsonObject
                {
                    ["sensitivity"] = Pick("low", "standard", "high", "max"),
                    ["excerpts"] = Pick("never", "alerts", "always"),
                    ["retentionDays"] = Pick(7, 30, 365, 6, 366),
                    ["defaultProfile"] = random.Next(3) == 0 ? null : ProfileName(),
                };
                break;
            case "parent.pause":
                request["session"] = liveSession();
                request["minutes"] = Pick(0, 1, 60, 480, 481, -1);
                break;
            case "parent.digest":
                request["session"] = liveSession();
                request["profile"] = ProfileName();
                request["week"] = Pick(Weeks);
                Maybe(request, "lang", () => Pick("es", "en", "pt"));
                break;
            case "parent.review":
                request["session"] = liveSession();
                request["feedbackId"] = Pick(1L, 2L, 3L, 0L, -1L, long.MaxValue);
                request["verdict"] = Pick("agree", "disagree", "maybe");
                break;
            case "parent.contacts":
                request["session"] = liveSession();
                request["profile"] = ProfileName();
                break;
            case "parent.trust-contact":
                request["session"] = liveSession();
                request["profile"] = ProfileName();
                request["site"] = Site();
                request["contact"] = Contact();
                request["kind"] = random.Next(4) == 0 ? null : Pick("family", "trusted", "friend", "");
                break;
            default:
                break;
        }

        return request;
    }

    private JsonObject Message()
    {
        var message = new JsonObject
        {
            ["conversation"] = Conversation(),
            ["contact"] = Contact(),
            ["direction"] = random.Next(8) == 0 ? Pick("sideways", "Incoming", "") : Pick("incoming", "outgoing"),
            ["text"] = $"{Canaries.Text} {Pick(Texts)}",
            ["key"] = $"{Canaries.Text}|m-{random.Next(1000)}",
        };
        Maybe(message, "time", () => Pick($"2026-11-28T10:00:00Z {Canaries.Text}", "2026-11-28T10:00:00Z", "yesterday"));
        return message;
    }

    private string Install() => random.Next(6) switch
    {
        0 => "install-0123456789abcdef",
        1 => $"install_{Canaries.Field}_fuzz",
        2 => new string('a', 15),
        3 => $"bad install {Canaries.Field}",
        _ => string.Concat(Enumerable.Range(0, random.Next(16, 65)).Select(_ => "abcXYZ019_-"[random.Next(11)])),
    };

    private string Site() => Pick("web.whatsapp.com", "127.0.0.1", "discord.com", $"{Canaries.Field}.example", "");

    private string Conversation() => Pick("c-1", "c-2", $"c-{Canaries.Field}", "");

    private string Contact() => Pick("alex", "sam", $"{Canaries.Field} 🦊", "");

    private string Pin() => Pick(KnownPin, KnownPin, $"{Canaries.Text}-1", "12345", $"{Canaries.Text}{new string('9', 60)}");

    /// <summary>A name that may exist; a planted one never does, so the host must refuse it without quoting it.</summary>
    private string ProfileName() => random.Next(8) == 0 ? $"Ana {Canaries.Field}" : Pick(ProfileNames);

    private void Maybe(JsonObject request, string name, Func<JsonNode?> value)
    {
        if (random.Next(2) == 0)
        {
            request[name] = value();
        }
    }

    private T Pick<T>(params T[] choices) => choices[random.Next(choices.Length)];
}
