using SafeBrowse.Host.CommandLine;
using SafeBrowse.Host.Hosting;
using SafeBrowse.Host.Installation;

HostCommandLine commandLine;
try
{
    commandLine = HostCommandLine.Parse(args, Environment.GetEnvironmentVariable);
}
catch (CommandLineException invalid)
{
    await Console.Error.WriteLineAsync(invalid.Message);
    await Console.Error.WriteLineAsync(HostCommandLine.Usage);
    return 2;
}

return commandLine.Command switch
{
    HostCommand.Serve => await NativeHost.RunAsync(commandLine.Caller!, commandLine.DataDirectory),
    HostCommand.Install => HostRegistration.Install(Console.Out),
    HostCommand.Uninstall => HostRegistration.Uninstall(Console.Out),
    HostCommand.Version => PrintVersion(),
    _ => PrintUsage(),
};

static int PrintVersion()
{
    Console.Out.WriteLine($"safebrowse-host {SafeBrowse.Host.HostVersion.Current}");
    return 0;
}

static int PrintUsage()
{
    Console.Out.WriteLine(HostCommandLine.Usage);
    return 0;
}
