using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
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
    private const int StackChars = 512;
    private const string AccentedLetters = "àáâãäåāăąèéêëēĕėęěìíîïĩīĭįòóôõöøōŏőùúûüũūŭůűųçćĉċčñńņňýÿŷśšźżžğďđłľĺŕř";
    private const string PlainLetters = "aaaaaaaaaeeeeeeeeeiiiiiiiiooooooooouuuuuuuuuucccccnnnnyyysszzzgddlllrr";

    internal static readonly FrozenDictionary<string, string> Abbreviations = new Dictionary<string, string>
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

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationsBySpan =
        Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    // How many times longer than its input the token pass can make text: the longest expansion per input char.
    private static readonly int MaxGrowth = Abbreviations.Max(pair => (pair.Value.Length + pair.Key.Length) / pair.Key.Length);

    private static readonly SearchValues<char> Apostrophes = SearchValues.Create("'’`´");
    private static readonly SearchValues<char> UrlMarks = SearchValues.Create(".:");

    /// <summary>Returns the normalised form: lower case, no diacritics, masked contacts, expanded abbreviations.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        // Each pattern needs a char most chat lines lack ('@', '.' or ':', a digit, an apostrophe), so a
        // vectorised look for that char skips the regex pass, which would otherwise scan the text for nothing.
        var value = StripDiacritics(text.ToLowerInvariant());
        if (value.Contains('@', StringComparison.Ordinal))
        {
            value = EmailPattern().Replace(value, $" {EmailToken} ");
        }

        if (value.AsSpan().ContainsAny(UrlMarks))
        {
            value = UrlPattern().Replace(value, $" {UrlToken} ");
        }

        if (ContainsDigit(value))
        {
            value = PhonePattern().Replace(value, MaskPhone);
            value = LongDigitsPattern().Replace(value, $" {NumberToken} ");
        }

        if (value.AsSpan().ContainsAny(Apostrophes))
        {
            value = ApostrophePattern().Replace(value, string.Empty);
        }

        return Tokenize(value);
    }

    /// <summary>Number of tokens in already normalised text.</summary>
    public static int CountTokens(string normalized) =>
        normalized.Length == 0 ? 0 : normalized.Count(c => c == ' ') + 1;

    private static string MaskPhone(Match match)
    {
        var digits = match.Value.Count(char.IsAsciiDigit);
        return digits >= MinPhoneDigits ? $" {PhoneToken} " : match.Value;
    }

    // What the regex passes [^\p{L}\p{N}]+ → " ", (\p{L})\1{2,} → "$1$1", then split on spaces and expand
    // abbreviations did, in one pass over the text.
    private static string Tokenize(string value)
    {
        var capacity = (value.Length * MaxGrowth) + 1;
        char[]? rented = null;
        var output = capacity <= StackChars ? stackalloc char[StackChars] : (rented = ArrayPool<char>.Shared.Rent(capacity));
        try
        {
            var length = 0;
            var tokenStart = -1;
            var run = 0;
            foreach (var c in value)
            {
                if (!IsWordChar(c))
                {
                    if (tokenStart >= 0)
                    {
                        length = EndToken(output, tokenStart, length);
                        tokenStart = -1;
                    }

                    continue;
                }

                if (tokenStart < 0)
                {
                    if (length > 0)
                    {
                        output[length++] = ' ';
                    }

                    tokenStart = length;
                    run = 0;
                }

                // A letter repeated three or more times is kept twice.
                run = length > tokenStart && output[length - 1] == c ? run + 1 : 1;
                if (run <= 2 || !char.IsLetter(c))
                {
                    output[length++] = c;
                }
            }

            if (tokenStart >= 0)
            {
                length = EndToken(output, tokenStart, length);
            }

            return length == 0 ? string.Empty : new string(output[..length]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private static int EndToken(Span<char> output, int tokenStart, int length)
    {
        if (!AbbreviationsBySpan.TryGetValue(output[tokenStart..length], out var expanded))
        {
            return length;
        }

        expanded.CopyTo(output[tokenStart..]);
        return tokenStart + expanded.Length;
    }

    // \p{L} or \p{N}, judged per UTF-16 char as the regex engine does.
    private static bool IsWordChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || (c > '\u007F' && char.GetUnicodeCategory(c) is
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber);

    // \d is any Unicode decimal digit, and so is char.IsDigit.
    private static bool ContainsDigit(string value)
    {
        foreach (var c in value)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    // The host runs with InvariantGlobalization, where string.Normalize cannot decompose, so fold by table.
    private static string StripDiacritics(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\u00C0', char.MaxValue))
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
}
