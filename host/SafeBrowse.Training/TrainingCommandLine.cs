using System.CommandLine;
using System.CommandLine.Invocation;

namespace SafeBrowse.Training;

/// <summary>
/// <c>--data DIR --output DIR [--seed N] [--max-positives N] [--version TEXT] [--hold-out SOURCE]</c>, parsed by
/// System.CommandLine; <c>--out</c>, the name the README and the model card show, is the same as <c>--output</c>.
/// <c>--version</c> names the model, so the parser's own <c>--version</c> is not offered.
/// </summary>
internal static class TrainingCommandLine
{
    public const int UsageError = 2;

    /// <returns>The arguments to train with, or null and the exit code when help was shown or the line was wrong.</returns>
    public static (TrainingArguments? Arguments, int ExitCode) Read(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var data = new Option<string>("--data") { Description = "The research corpora folder (see its README)", HelpName = "DIR", Required = true };
        var modelOutput = new Option<string>("--output", "--out") { Description = "Where the model and its model-info.json go", HelpName = "DIR", Required = true };
        var seed = new Option<int>("--seed") { Description = "The seed of every split and of training", HelpName = "N", DefaultValueFactory = _ => 20261128 };
        var maxPositives = new Option<int>("--max-positives") { Description = "At most this many grooming lines to train on", HelpName = "N", DefaultValueFactory = _ => 150_000 };
        maxPositives.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() <= 0)
            {
                result.AddError("--max-positives must be a positive number.");
            }
        });
        var version = new Option<string>("--version") { Description = "The model's version (default: today's date and .1)", HelpName = "TEXT" };
        var holdOut = new Option<string>("--hold-out") { Description = "A benign source left out of training and tested whole", HelpName = "SOURCE" };
        holdOut.AcceptOnlyFromAmong([.. CorpusFile.Benign.Select(file => file.Name)]);

        var root = new RootCommand("Trains SafeBrowse's message model from the research corpora and writes it with its metrics.")
        {
            data, modelOutput, seed, maxPositives, version, holdOut,
        };
        root.Options.Remove(root.Options.OfType<VersionOption>().Single());

        var parseResult = root.Parse(args);
        if (parseResult.Action is ParseErrorAction)
        {
            foreach (var problem in parseResult.Errors)
            {
                error.WriteLine(problem.Message);
            }

            error.WriteLine("See 'SafeBrowse.Training --help'.");
            return (null, UsageError);
        }

        if (parseResult.Action is not null)
        {
            return (null, parseResult.Invoke(new InvocationConfiguration { Output = output, Error = error }));
        }

        return (
            new TrainingArguments(
                Path.GetFullPath(parseResult.GetRequiredValue(data)),
                Path.GetFullPath(parseResult.GetRequiredValue(modelOutput)),
                parseResult.GetValue(seed),
                parseResult.GetValue(maxPositives),
                parseResult.GetValue(version),
                parseResult.GetValue(holdOut)),
            0);
    }
}
