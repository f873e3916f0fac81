using SafeBrowse.Host.Platform;

namespace SafeBrowse.Host.CommandLine;

/// <summary>
/// A start by the browser, read without the command-line parser: the browser starts the host for every port it
/// opens, so this path stays a loop over a few strings (cold start to the first hello is measured).
/// </summary>
internal sealed record BrowserLaunch(BrowserCaller Caller, string? DataDirectory)
{
    /// <summary>
    /// Chromium passes the caller's origin (on Windows also <c>--parent-window=</c>), Firefox the manifest path and
    /// the add-on id; <c>--data-dir</c> may come anywhere.
    /// </summary>
    /// <returns>Null when a person typed a command; the parser takes it from there.</returns>
    public static BrowserLaunch? TryRead(IReadOnlyList<string> args, Func<string, string?> environment)
    {
        string? dataDirectory = null;
        var positional = new List<string>(args.Count);
        for (var index = 0; index < args.Count; index++)
        {
            var argument = args[index];
            if (argument == DataDirectoryOption.Name)
            {
                if (++index == args.Count)
                {
                    return null;
                }

                dataDirectory = args[index];
            }
            else if (argument.StartsWith(DataDirectoryOption.Name + "=", StringComparison.Ordinal))
            {
                dataDirectory = argument[(DataDirectoryOption.Name.Length + 1)..];
            }
            else
            {
                positional.Add(argument);
            }
        }

        BrowserCaller? caller = positional switch
        {
            [var origin, ..] when BrowserCaller.LooksLikeChromiumOrigin(origin) => new BrowserCaller(origin, IsFirefox: false),
            [var manifest, var addOn, ..] when BrowserCaller.LooksLikeFirefoxManifest(manifest) => new BrowserCaller(addOn, IsFirefox: true),
            _ => null,
        };
        return caller is null ? null : new BrowserLaunch(caller, dataDirectory ?? DataDirectoryOption.FromEnvironment(environment));
    }
}
