namespace SafeBrowse.Host.CommandLine;

/// <summary>What a typed command returns; installer scripts and CI read these.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command ran and found something wrong: doctor's problems, scan's bad lines.</summary>
    public const int ProblemsFound = 1;

    /// <summary>The command line itself was wrong, or named something that does not exist; nothing was done.</summary>
    public const int UsageError = 2;
}
