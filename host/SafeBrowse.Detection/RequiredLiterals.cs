using System.Globalization;

namespace SafeBrowse.Detection;

/// <summary>
/// For a regular expression, a set of literal strings such that every match contains at least one of them; null when
/// no such set is known. Reads the subset of syntax the phrase patterns use (literals, escapes, classes, groups,
/// alternation, quantifiers); anything else gives null, which only costs speed: a pattern without literals is run on
/// every message.
/// </summary>
internal static class RequiredLiterals
{
    // Beyond this many strings an exact set is given up, to keep sets of required literals small.
    private const int MaxExactStrings = 64;

    // Classes with more chars than this are not worth spelling out.
    private const int MaxClassChars = 26;

    private static readonly Info Empty = new([string.Empty], null);
    private static readonly Info Unknown = new(null, null);

    public static string[]? Find(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        try
        {
            var parser = new Parser(pattern);
            var info = parser.ParseAlternation();
            return parser.AtEnd ? info.RequiredSet : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    // Prefers the set whose shortest literal is longest (rarer in text), then the smaller set.
    private static string[]? Better(string[]? current, string[]? candidate)
    {
        if (candidate is null)
        {
            return current;
        }

        if (current is null)
        {
            return candidate;
        }

        var currentShortest = current.Min(literal => literal.Length);
        var candidateShortest = candidate.Min(literal => literal.Length);
        return candidateShortest > currentShortest || (candidateShortest == currentShortest && candidate.Length < current.Length)
            ? candidate
            : current;
    }

    private static string[]? Product(string[] left, string[] right) =>
        left.Length * right.Length > MaxExactStrings
            ? null
            : [.. left.SelectMany(first => right.Select(second => first + second)).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// What is known of the strings a sub-expression matches: all of them (<see cref="Exact"/>), or a set one of
    /// which each contains (<see cref="Required"/>).
    /// </summary>
    private sealed record Info(string[]? Exact, string[]? Required)
    {
        public string[]? RequiredSet => Exact is { } exact
            ? (exact.Any(literal => literal.Length == 0) ? null : exact)
            : Required;
    }

    private sealed class Parser(string pattern)
    {
        private int position;

        public bool AtEnd => position == pattern.Length;

        public Info ParseAlternation()
        {
            var exact = new HashSet<string>(StringComparer.Ordinal);
            var required = new HashSet<string>(StringComparer.Ordinal);
            bool allExact = true, allRequired = true;
            while (true)
            {
                var branch = ParseConcatenation();
                if (branch.Exact is { } strings)
                {
                    exact.UnionWith(strings);
                }
                else
                {
                    allExact = false;
                }

                if (branch.RequiredSet is { } set)
                {
                    required.UnionWith(set);
                }
                else
                {
                    allRequired = false;
                }

                if (position < pattern.Length && pattern[position] == '|')
                {
                    position++;
                    continue;
                }

                return new Info(
                    allExact && exact.Count <= MaxExactStrings ? [.. exact] : null,
                    allRequired ? [.. required] : null);
            }
        }

        private Info ParseConcatenation()
        {
            string[]? run = [string.Empty];
            string[]? best = null;
            var exactThroughout = true;
            while (position < pattern.Length && pattern[position] is not '|' and not ')')
            {
                var item = ApplyQuantifier(ParseAtom());
                var joined = run is not null && item.Exact is not null ? Product(run, item.Exact) : null;
                if (joined is not null)
                {
                    run = joined;
                    continue;
                }

                exactThroughout = false;
                best = Better(best, new Info(run, null).RequiredSet);
                best = Better(best, item.RequiredSet);
                run = item.Exact is not null ? item.Exact : [string.Empty];
            }

            return exactThroughout ? new Info(run, null) : new Info(null, Better(best, new Info(run, null).RequiredSet));
        }

        private Info ApplyQuantifier(Info atom)
        {
            if (!TryParseQuantifier(out var minimum, out var maximum))
            {
                return atom;
            }

            if (minimum == 1 && maximum == 1)
            {
                return atom;
            }

            if (minimum == 0)
            {
                return maximum == 1 && atom.Exact is { } exact ? new Info([.. exact.Append(string.Empty).Distinct(StringComparer.Ordinal)], null) : Unknown;
            }

            return new Info(null, atom.RequiredSet);
        }

        private Info ParseAtom()
        {
            var current = pattern[position++];
            switch (current)
            {
                case '(':
                    if (position < pattern.Length && pattern[position] == '?')
                    {
                        if (position + 1 < pattern.Length && pattern[position + 1] == ':')
                        {
                            position += 2;
                        }
                        else
                        {
                            throw new FormatException("unsupported group");
                        }
                    }

                    var inner = ParseAlternation();
                    Expect(')');
                    return inner;
                case '[':
                    return ParseClass();
                case '.':
                    return Unknown;
                case '^' or '$':
                    return Empty;
                case '\\':
                    return ParseEscape();
                case '*' or '+' or '?' or '{' or ']' or '}':
                    throw new FormatException("unexpected metacharacter");
                default:
                    return new Info([current.ToString()], null);
            }
        }

        private Info ParseEscape()
        {
            if (position >= pattern.Length)
            {
                throw new FormatException("trailing backslash");
            }

            var escaped = pattern[position++];
            if (escaped is 'b' or 'B')
            {
                return Empty;
            }

            if (escaped is 'w' or 'W' or 's' or 'S' or 'd' or 'D')
            {
                return Unknown;
            }

            if (escaped is 'p' or 'P')
            {
                Expect('{');
                while (position < pattern.Length && pattern[position] != '}')
                {
                    position++;
                }

                Expect('}');
                return Unknown;
            }

            if (char.IsAsciiLetterOrDigit(escaped))
            {
                throw new FormatException("unsupported escape");
            }

            return new Info([escaped.ToString()], null);
        }

        // A small class of plain chars and ranges ("[89]", "[2-6]") is an exact set of one-char strings; any
        // other class (negated, escapes, large) says nothing.
        private Info ParseClass()
        {
            var chars = new List<char>();
            var plain = position < pattern.Length && pattern[position] is not '^' and not ']';
            while (position < pattern.Length && pattern[position] != ']')
            {
                var first = pattern[position++];
                if (first is '\\' or '[')
                {
                    plain = false;
                    position += first == '\\' ? 1 : 0;
                    continue;
                }

                if (position + 1 < pattern.Length && pattern[position] == '-' && pattern[position + 1] != ']')
                {
                    var last = pattern[position + 1];
                    position += 2;
                    if (last is '\\' or '[' || last < first)
                    {
                        plain = false;
                        position += last == '\\' ? 1 : 0;
                        continue;
                    }

                    for (var c = first; c <= last && chars.Count <= MaxClassChars; c++)
                    {
                        chars.Add(c);
                    }

                    continue;
                }

                chars.Add(first);
            }

            Expect(']');
            return plain && chars.Count is > 0 and <= MaxClassChars
                ? new Info([.. chars.Distinct().Select(c => c.ToString())], null)
                : Unknown;
        }

        // maximum is -1 when unbounded.
        private bool TryParseQuantifier(out int minimum, out int maximum)
        {
            minimum = 1;
            maximum = 1;
            if (position >= pattern.Length)
            {
                return false;
            }

            switch (pattern[position])
            {
                case '?':
                    minimum = 0;
                    position++;
                    break;
                case '*':
                    minimum = 0;
                    maximum = -1;
                    position++;
                    break;
                case '+':
                    maximum = -1;
                    position++;
                    break;
                case '{':
                    var close = pattern.IndexOf('}', position);
                    var bounds = close < 0 ? null : pattern[(position + 1)..close].Split(',');
                    if (bounds is null || bounds.Length > 2 || !TryParseCount(bounds[0], out minimum))
                    {
                        throw new FormatException("unsupported quantifier");
                    }

                    maximum = minimum;
                    if (bounds.Length == 2 && !(bounds[1].Length == 0 ? (maximum = -1) < 0 : TryParseCount(bounds[1], out maximum)))
                    {
                        throw new FormatException("unsupported quantifier");
                    }

                    position = close + 1;
                    break;
                default:
                    return false;
            }

            if (position < pattern.Length && pattern[position] == '?')
            {
                position++;
            }

            return true;
        }

        private static bool TryParseCount(string text, out int count) =>
            int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out count);

        private void Expect(char expected)
        {
            if (position >= pattern.Length || pattern[position] != expected)
            {
                throw new FormatException($"expected '{expected}'");
            }

            position++;
        }
    }
}
