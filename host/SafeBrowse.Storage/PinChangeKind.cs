namespace SafeBrowse.Storage;

/// <summary>What happened to the parents' PIN; the weekly digest names each one so a parent notices a change they did not make.</summary>
public enum PinChangeKind
{
    /// <summary>The first PIN, set with the installer's setup code.</summary>
    Set,

    /// <summary>Replaced by someone who knew the old one.</summary>
    Changed,

    /// <summary>Cleared by <c>safebrowse-host pin reset</c> on the computer.</summary>
    Reset,
}
