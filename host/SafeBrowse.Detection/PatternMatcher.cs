using System.Text.RegularExpressions;

namespace SafeBrowse.Detection;

/// <summary>
/// Runs one phrase pattern. The compiled backtracking engine is fast on chat lines; a time budget bounds it, and past
/// the budget the non-backtracking engine, linear in the text whatever a page sends, decides. The patterns use no
/// backreferences or lookarounds, so both engines accept exactly the same texts.
/// </summary>
internal sealed class PatternMatcher
{
    private static readonly TimeSpan Budget = TimeSpan.FromMilliseconds(20);

    private readonly Regex fast;
    private readonly Lazy<Regex> linear;

    public PatternMatcher(string expression)
    {
        fast = new Regex(expression, RegexOptions.Compiled | RegexOptions.CultureInvariant, Budget);
        linear = new Lazy<Regex>(() => new Regex(expression, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant));
    }

    public bool IsMatch(string text)
    {
        try
        {
            return fast.IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return linear.Value.IsMatch(text);
        }
    }

    /// <summary>The non-backtracking engine alone: the reference <see cref="IsMatch"/> must agree with.</summary>
    internal bool IsMatchLinear(string text) => linear.Value.IsMatch(text);
}
