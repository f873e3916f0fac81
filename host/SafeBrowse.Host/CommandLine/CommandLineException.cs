namespace SafeBrowse.Host.CommandLine;

internal sealed class CommandLineException(string message) : Exception(message);
