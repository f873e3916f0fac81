using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace SafeBrowse.Detection;

/// <summary>
/// Puts chat text into one form for both training and scoring, so that spelling style
/// ("heyyyy", "u", "pq", missing accents) is not what the model or the lexicon reacts to.
/// </summary>
public static partial class TextNormalizer
{
    public const string UrlToken = "urltoken";
    public const string EmailToken = "emailtoken";
    public const string PhoneToken = "phonetoken";
    public const string NumberToken = "numtoken";

    private const int MinPhoneDigits = 7;
    private const string AccentedLetters = "àáâãäåāăąèéêëēĕėęěìíîïĩīĭįòóôõöøōŏőùúûüũūŭůűųçćĉċčñńņňýÿŷśšźżžğďđłľĺŕř";
    private const string PlainLetters = "aaaaaaaaaeeeeeeeeeiiiiiiiiooooooooouuuuuuuuuucccccnnnnyyysszzzgddlllrr";

    private static readonly FrozenDictionary<string, string> Abbreviations = new Dictionary<string, string>
    {
        // English chat.
        ["u"] = "you", ["r"] = "are", ["ur"] = "your", ["urs"] = "yours", ["ru"] = "are you",
        ["pls"] = "please", ["plz"] = "please", ["plez"] = "please", ["pleez"] = "please",
        ["pic"] = "pic", ["pics"] = "pic", ["pix"] = "pic", ["picture"] = "pic", ["pictures"] = "pic", ["photos"] = "photo",
        ["wat"] = "what", ["wut"] = "what", ["wht"] = "what", ["whats"] = "whats", ["wuts"] = "whats",
        ["cuz"] = "because", ["coz"] = "because", ["bc"] = "because", ["b4"] = "before",
        ["2day"] = "today", ["2nite"] = "tonight", ["tonite"] = "tonight", ["2moro"] = "tomorrow", ["tmrw"] = "tomorrow",
        ["thx"] = "thanks", ["thanx"] = "thanks", ["luv"] = "love", ["ppl"] = "people", ["rly"] = "really",
        ["bf"] = "boyfriend", ["gf"] = "girlfriend", ["bday"] = "birthday", ["msg"] = "message", ["txt"] = "text",
        ["hbu"] = "how about you", ["wyd"] = "what you doing", ["cya"] = "see you", ["cu"] = "see you",
        ["ne1"] = "anyone", ["any1"] = "anyone", ["some1"] = "someone", ["no1"] = "no one",
        ["webcam"] = "cam", ["wc"] = "cam",
        // Colombian / Latin-American Spanish chat.
        ["q"] = "que", ["k"] = "que", ["ke"] = "que", ["qe"] = "que",
        ["xq"] = "porque", ["pq"] = "porque", ["porq"] = "porque", ["xk"] = "porque", ["pk"] = "porque", ["porqe"] = "porque",
        ["tb"] = "tambien", ["tmb"] = "tambien", ["tmbn"] = "tambien", ["tambn"] = "tambien",
        ["dnd"] = "donde", ["cdo"] = "cuando", ["bn"] = "bien", ["msj"] = "mensaje", ["msjs"] = "mensajes",
        ["xfa"] = "por favor", ["porfa"] = "por favor", ["porfis"] = "por favor", ["xfavor"] = "por favor",
        ["tqm"] = "te quiero mucho", ["tkm"] = "te quiero mucho", ["ntp"] = "no te preocupes",
        ["hla"] = "hola", ["ola"] = "hola", ["salu2"] = "saludos", ["pa"] = "para",
        ["fotico"] = "foto", ["foticos"] = "fotos", ["fotito"] = "foto", ["fotitos"] = "fotos",
        ["cel"] = "celular", ["cell"] = "celular", ["numerito"] = "numero",
        ["papis"] = "papas", ["papitos"] = "papas",
        // App names, so one token stands for each.
        ["wasap"] = "whatsapp", ["wassap"] = "whatsapp", ["guasap"] = "whatsapp", ["wpp"] = "whatsapp",
        ["wsp"] = "whatsapp", ["whatsap"] = "whatsapp", ["wapp"] = "whatsapp",
        ["insta"] = "instagram", ["ig"] = "instagram",
        ["snap"] = "snapchat", ["sc"] = "snapchat", ["telegra"] = "telegram", ["tg"] = "telegram",
        ["fb"] = "facebook", ["dc"] = "discord", ["ym"] = "yahoo",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Returns the normalised form: lower case, no diacritics, masked contacts, expanded abbreviations.</summary>
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

    /// <summary>Number of tokens in already normalised text.</summary>
    public static int CountTokens(string normalized) =>
        normalized.Length == 0 ? 0 : normalized.Count(c => c == ' ') + 1;

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
