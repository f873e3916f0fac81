using System.CommandLine;
using System.Globalization;
using SafeBrowse.Host.CommandLine;

namespace SafeBrowse.Host.Installation;

/// <summary>The command lines of install, uninstall, repair, pin reset and doctor; <see cref="InstallCommands"/> does the work.</summary>
internal static class InstallCommandLines
{
    /// <summary>A second is what the extension can expect from hello; slower test builds pass more.</summary>
    private static readonly TimeSpan HelloTimeout = TimeSpan.FromSeconds(1);

    public static IEnumerable<Command> Create(CommandContext context)
    {
        var output = context.Output;

        var install = new Command("install", "Install the host and register it with every browser found");
        var installSystem = SystemOption();
        var inPlace = new Option<bool>("--in-place") { Description = "Register this build where it is instead of copying it into place (developers)" };
        install.Options.Add(installSystem);
        install.Options.Add(inPlace);
        install.SetAction(parseResult => InstallCommands.Install(ScopeOf(parseResult, installSystem), parseResult.GetValue(inPlace), output));
        yield return install;

        var uninstall = new Command("uninstall", "Remove what install wrote");
        var uninstallSystem = SystemOption();
        var purge = new Option<bool>("--purge") { Description = "Also delete the family's data" };
        uninstall.Options.Add(uninstallSystem);
        uninstall.Options.Add(purge);
        uninstall.SetAction(parseResult => InstallCommands.Uninstall(ScopeOf(parseResult, uninstallSystem), parseResult.GetValue(purge), output));
        yield return uninstall;

        var repair = new Command("repair", "Rewrite every registration for the installed host");
        var repairSystem = SystemOption();
        repair.Options.Add(repairSystem);
        repair.SetAction(parseResult => InstallCommands.Repair(ScopeOf(parseResult, repairSystem), output));
        yield return repair;

        var pin = new Command("pin", "The parents' PIN");
        var reset = new Command("reset", "Clear a forgotten parents' PIN and print a new setup code");
        var resetSystem = SystemOption();
        reset.Options.Add(resetSystem);
        reset.SetAction(parseResult => InstallCommands.ResetPin(ScopeOf(parseResult, resetSystem), context.DataDirectoryOf(parseResult), output));
        pin.Subcommands.Add(reset);
        yield return pin;

        var doctor = new Command("doctor", "Check every browser can start the host, and say how to fix what is wrong");
        var timeout = new Option<TimeSpan>("--timeout")
        {
            Description = "How long to wait for each browser's hello, in seconds",
            HelpName = "SECONDS",
            DefaultValueFactory = _ => HelloTimeout,
            CustomParser = result =>
            {
                if (double.TryParse(result.Tokens[0].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0)
                {
                    return TimeSpan.FromSeconds(seconds);
                }

                result.AddError("--timeout needs a number of seconds.");
                return HelloTimeout;
            },
        };
        doctor.Options.Add(timeout);
        doctor.SetAction((parseResult, _) => InstallCommands.DoctorAsync(parseResult.GetValue(timeout), context.DataDirectoryOf(parseResult), output));
        yield return doctor;
    }

    private static Option<bool> SystemOption() =>
        new("--system") { Description = "For every account of this computer (needs administrator rights)" };

    private static InstallScope ScopeOf(ParseResult parseResult, Option<bool> system) =>
        parseResult.GetValue(system) ? InstallScope.System : InstallScope.User;
}
