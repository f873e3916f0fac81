using System.Text.RegularExpressions;

namespace SafeBrowse.Detection;

/// <summary>
/// Runs one phrase pattern. A backtracking engine is fast on chat lines; a time budget bounds it, and past the budget
/// the non-backtracking engine, linear in the text whatever a page sends, decides. The patterns use no backreferences
/// or lookarounds, so every engine accepts exactly the same texts.
/// </summary>
/// <remarks>
/// A pattern starts on the interpreter and is compiled once it has run <see cref="RunsBeforeCompiling"/> times. A
/// compiled pattern holds about 60 KB more than an interpreted one (its IL, machine code and the runtime's data for
/// them) for the host's life: all 400 compiled held 13 MB more, in a host whose steady target is 150 MB. The
/// interpreter costs about 1 µs more a message.
/// </remarks>
internal sealed class PatternMatcher
{
    /// <summary>
    /// Runs on the interpreter before the pattern is worth the compiler's code and memory. At 64, chat traffic with one
    /// risky contact in ten compiled half of the patterns within 55,000 messages; at this count only the two or three
    /// that run on nearly every tenth message are, and only after a long day of chat.
    /// </summary>
    internal const int RunsBeforeCompiling = 10_000;

    private static readonly TimeSpan Budget = TimeSpan.FromMilliseconds(20);

    private readonly string expression;
    private readonly CompileBudget budget;
    private readonly Lazy<Regex> linear;
    private Regex backtracking;
    private int runs;

    /// <param name="expression">The pattern.</param>
    /// <param name="budget">Shared with the other matchers; a pattern is compiled only while it lasts.</param>
    public PatternMatcher(string expression, CompileBudget budget)
    {
        this.expression = expression;
        this.budget = budget;
        backtracking = new Regex(expression, RegexOptions.CultureInvariant, Budget);
        linear = new Lazy<Regex>(() => new Regex(expression, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant));
    }

    /// <summary>Whether the pattern now runs on the compiled engine.</summary>
    internal bool IsCompiled => (backtracking.Options & RegexOptions.Compiled) != 0;

    public bool IsMatch(string text)
    {
        // Counted until the threshold only: exactly one caller crosses it and compiles, the others go on meanwhile.
        if (Volatile.Read(ref runs) < RunsBeforeCompiling && Interlocked.Increment(ref runs) == RunsBeforeCompiling
            && budget.TryTake())
        {
            Volatile.Write(ref backtracking, new Regex(expression, RegexOptions.Compiled | RegexOptions.CultureInvariant, Budget));
        }

        try
        {
            return Volatile.Read(ref backtracking).IsMatch(text);
        }
        catch (RegexMatchTimeoutException)
        {
            return linear.Value.IsMatch(text);
        }
    }

    /// <summary>The non-backtracking engine alone: the reference <see cref="IsMatch"/> must agree with.</summary>
    internal bool IsMatchLinear(string text) => linear.Value.IsMatch(text);
}
