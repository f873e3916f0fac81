using System.Globalization;

namespace SafeBrowse.Digest;

/// <summary>The week's facts with the words and dates to tell them: what every section writes from.</summary>
internal sealed class DigestPage
{
    private DigestPage(DigestInput input)
    {
        Input = input;
        Texts = DigestTexts.For(input.Language);
        Dates = new DigestDates(Texts, input.TimeZone);
        Facts = DigestFacts.Of(input, Dates);
        ChildName = HtmlText.Isolate(input.Child.Name);
    }

    public DigestInput Input { get; }

    public DigestTexts Texts { get; }

    public DigestDates Dates { get; }

    public DigestFacts Facts { get; }

    /// <summary>The child's name as HTML, for the "{name}" most texts have.</summary>
    public string ChildName { get; }

    public static DigestPage Of(DigestInput input) => new(input);

    /// <summary>A text as HTML; "{name}" is always available.</summary>
    public string Text(string key, params ReadOnlySpan<(string Name, string Html)> values) =>
        Texts.Html(key, [("name", ChildName), .. values]);

    /// <summary>The singular or plural text for <paramref name="count"/>, which fills "{count}".</summary>
    public string Plural(string key, int count, params ReadOnlySpan<(string Name, string Html)> values) =>
        Text(DigestTexts.PluralKey(key, count), [("count", Number(count)), .. values]);

    /// <summary>A category in plain words; an id this version does not know is shown as it is.</summary>
    public string Category(string category) =>
        DigestCategories.IsKnown(category) ? Text("category." + category) : HtmlText.Escape(category);

    public string Categories(IEnumerable<string> categories) =>
        string.Join(HtmlText.Escape(Texts.Plain("format.list_separator")), categories.Select(Category));

    public string DateTime(DateTimeOffset instant) => HtmlText.Escape(Dates.DateTime(instant));

    public string Duration(TimeSpan length) => HtmlText.Escape(Dates.Duration(length));

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
