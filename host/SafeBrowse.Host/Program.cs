using SafeBrowse.Host.CommandLine;
using SafeBrowse.Host.Hosting;

if (BrowserLaunch.TryRead(args, Environment.GetEnvironmentVariable) is { } launch)
{
    return await NativeHost.RunAsync(launch.Caller, launch.DataDirectory);
}

return await HostCommands.RunOnConsoleAsync(args);
