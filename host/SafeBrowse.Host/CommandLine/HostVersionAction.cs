using System.CommandLine;
using System.CommandLine.Invocation;
using SafeBrowse.Host.Platform;

namespace SafeBrowse.Host.CommandLine;

/// <summary>
/// <c>--version</c> prints the version the host reports in its hello, not the assembly's informational version
/// (which carries the build's commit), so a parent and the extension see the same text.
/// </summary>
internal sealed class HostVersionAction : SynchronousCommandLineAction
{
    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine($"safebrowse-host {HostVersion.Current}");
        return ExitCodes.Success;
    }
}
