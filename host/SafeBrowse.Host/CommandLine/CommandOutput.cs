namespace SafeBrowse.Host.CommandLine;

/// <summary>Where a typed command reports: results to <see cref="Out"/>, progress and problems to <see cref="Error"/>.</summary>
internal sealed record CommandOutput(TextWriter Out, TextWriter Error);
