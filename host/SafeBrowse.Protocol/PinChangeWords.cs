namespace SafeBrowse.Protocol;

/// <summary>What happened to the parents' PIN, as the digest tells it (docs/protocol.md, the digest's pin changes).</summary>
public static class PinChangeWords
{
    /// <summary>The first PIN, set with the setup code.</summary>
    public const string Set = "set";

    public const string Changed = "changed";

    /// <summary><c>safebrowse-host pin reset</c> on the computer.</summary>
    public const string Reset = "reset";

    public static IReadOnlyList<string> Known { get; } = [Set, Changed, Reset];
}
