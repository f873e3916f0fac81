using SafeBrowse.Host.CommandLine;
using SafeBrowse.Host.Hosting;

try
{
    var commandLine = HostCommandLine.Parse(args, Environment.GetEnvironmentVariable);
    if (commandLine.Caller is { } caller)
    {
        return await NativeHost.RunAsync(caller, commandLine.DataDirectory);
    }

    var command = HostCommands.Find(commandLine.CommandName!);
    return await command.Run(commandLine, new CommandOutput(Console.Out, Console.Error));
}
catch (CommandLineException invalid)
{
    await Console.Error.WriteLineAsync(invalid.Message);
    await Console.Error.WriteLineAsync(HostCommands.Usage);
    return 2;
}
