using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace SafeBrowse.Detection.Tests;

/// <summary>
/// TextNormalizer as it was before it was made fast (seven regex passes, split, join), kept to prove that the fast one
/// gives the same text.
/// </summary>
internal static partial class ReferenceTextNormalizer
{
    private const string UrlToken = TextNormalizer.UrlToken;
    private const string EmailToken = TextNormalizer.EmailToken;
    private const string PhoneToken = TextNormalizer.PhoneToken;
    private const string NumberToken = TextNormalizer.NumberToken;

    private const int MinPhoneDigits = 7;
    private const string AccentedLetters = "àáâãäåāăąèéêëēĕėęěìíîïĩīĭįòóôõöøōŏőùúûüũūŭůűųçćĉċčñńņňýÿŷśšźżžğďđłľĺŕř";
    private const string PlainLetters = "aaaaaaaaaeeeeeeeeeiiiiiiiiooooooooouuuuuuuuuucccccnnnnyyysszzzgddlllrr";

    private static readonly FrozenDictionary<string, string> Abbreviations = TextNormalizer.Abbreviations;

    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var value = StripDiacritics(text.ToLowerInvariant());
        value = EmailPattern().Replace(value, $" {EmailToken} ");
        value = UrlPattern().Replace(value, $" {UrlToken} ");
        value = PhonePattern().Replace(value, MaskPhone);
        value = LongDigitsPattern().Replace(value, $" {NumberToken} ");
        value = ApostrophePattern().Replace(value, string.Empty);
        value = NonWordPattern().Replace(value, " ");
        value = RepeatedLetterPattern().Replace(value, "$1$1");

        var builder = new StringBuilder(value.Length + 16);
        foreach (var token in value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(Abbreviations.TryGetValue(token, out var expanded) ? expanded : token);
        }

        return builder.ToString();
    }

    private static string MaskPhone(Match match)
    {
        var digits = match.Value.Count(char.IsAsciiDigit);
        return digits >= MinPhoneDigits ? $" {PhoneToken} " : match.Value;
    }

    // The host runs with InvariantGlobalization, where string.Normalize cannot decompose, so fold by table.
    private static string StripDiacritics(string text)
    {
        if (!text.Any(c => c >= '\u00C0'))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is >= '\u0300' and <= '\u036F')
            {
                continue;
            }

            var index = AccentedLetters.IndexOf(c, StringComparison.Ordinal);
            builder.Append(index >= 0 ? PlainLetters[index] : c);
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"[a-z0-9._%+\-]+@[a-z0-9.\-]+\.[a-z]{2,}", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"(?:https?://|www\.)\S+|\b[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.(?:com|net|org|co|io|gg|tv|me|ly|es|info)\b(?:/\S*)?", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"\+?\d[\d\s().\-]{5,}\d", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"\d{5,}", RegexOptions.CultureInvariant)]
    private static partial Regex LongDigitsPattern();

    [GeneratedRegex("['’`´]", RegexOptions.CultureInvariant)]
    private static partial Regex ApostrophePattern();

    [GeneratedRegex(@"[^\p{L}\p{N}]+", RegexOptions.CultureInvariant)]
    private static partial Regex NonWordPattern();

    [GeneratedRegex(@"(\p{L})\1{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex RepeatedLetterPattern();
}
