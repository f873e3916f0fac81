namespace SafeBrowse.Digest.Tests;

/// <summary>Inputs for the tests: a Colombian family's week 2026-W48 (Monday 23 November), fully covered by heartbeats.</summary>
internal static class Sample
{
    public static TimeZoneInfo Bogota { get; } = TimeZoneInfo.FindSystemTimeZoneById("America/Bogota");

    public static TimeZoneInfo Madrid { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Madrid");

    public static IsoWeek Week { get; } = new(2026, 48);

    public static DateTimeOffset Monday { get; } = Week.StartIn(Bogota);

    public static DateTimeOffset WeekEnd { get; } = Week.EndIn(Bogota);

    public static DigestInput EmptyWeek(string language = "es") => new(
        new DigestChild("Sofía", "10_12", "CO"),
        Week,
        language,
        Bogota,
        WeekEnd.AddHours(8),
        Events: [],
        EarlierEvents: [],
        Feedback: [],
        ActiveSpans: [new DigestSpan(Monday, WeekEnd)],
        Pauses: [],
        SitesUsed: [],
        StorageProblems: [],
        PinChanges: [],
        ShowExcerpts: false);

    public static DigestEvent Notice(string contact, double hoursAfterMonday, params string[] categories) =>
        new("web.whatsapp.com", contact, Monday.AddHours(hoursAfterMonday), "notice", categories, null);

    public static DigestEvent Alert(string contact, double hoursAfterMonday, string? excerpt, params string[] categories) =>
        new("web.whatsapp.com", contact, Monday.AddHours(hoursAfterMonday), "alert", categories, excerpt);

    /// <summary>A week with something in every section, as a parent might get it.</summary>
    public static DigestInput BusyWeek(string language) => EmptyWeek(language) with
    {
        Events =
        [
            Notice("alex_22", 15, "flattery"),
            Notice("alex_22", 40, "secrecy", "flattery"),
            Alert("alex_22", 64, "send me a photo but dont tell your parents", "photo_request", "secrecy"),
            new DigestEvent("discord.com", "nightowl", Monday.AddHours(90), "notice", ["gifts", "private_channel"], null),
            new DigestEvent("www.instagram.com", "mara.b", Monday.AddHours(130), "alert", ["threats", "meeting", "age_gap"], null),
        ],
        EarlierEvents = [new DigestEvent("discord.com", "nightowl", Monday.AddDays(-9), "notice", ["gifts"], null)],
        Feedback = [new DigestFeedback("discord.com", "nightowl", Monday.AddHours(91), ["private_channel"], null)],
        ActiveSpans = [new DigestSpan(Monday.AddHours(7), Monday.AddHours(22)), new DigestSpan(Monday.AddHours(31), WeekEnd)],
        Pauses = [new DigestSpan(Monday.AddHours(100), Monday.AddHours(101.5))],
        SitesUsed = ["web.whatsapp.com", "www.instagram.com", "discord.com", "www.wikipedia.org"],
        StorageProblems = [new DigestStorageProblem(Monday.AddHours(50), "write_failed")],
        ShowExcerpts = true,
    };

    public static DigestTexts Texts(string language) => DigestTexts.For(language);

    /// <summary>A resource text with its placeholders filled, the way the page shows it.</summary>
    public static string Html(string language, string key, params (string Name, string Html)[] values) =>
        DigestTexts.For(language).Html(key, [("name", "<bdi>Sofía</bdi>"), .. values]);
}
