using System.CommandLine;
using System.CommandLine.Invocation;
using SafeBrowse.Models;

namespace SafeBrowse.Training;

/// <summary>
/// Training, <c>--data DIR --output DIR [--seed N] [--max-positives N] [--version TEXT] [--hold-out SOURCE]</c>,
/// <c>evaluate --conversations DIR [--model DIR]</c> and <c>tables --model DIR</c>, parsed by System.CommandLine.
/// <c>--out</c>, the name the README and the model card show, is the same as <c>--output</c>. <c>--version</c> names
/// the model, so the parser's own <c>--version</c> is not offered.
/// </summary>
internal static class TrainingCommandLine
{
    public const int UsageError = 2;

    /// <returns>
    /// What to run: training, evaluation, or writing a model's tables (its folder); none, with the exit code, when help
    /// was shown or the line was wrong.
    /// </returns>
    public static (TrainingArguments? Training, EvaluationArguments? Evaluation, string? TablesDirectory, int ExitCode) Read(IReadOnlyList<string> args, TextWriter output, TextWriter error)
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

        var conversations = new Option<string>("--conversations") { Description = "tests/conversations, or one split in it", HelpName = "DIR", Required = true };
        var model = new Option<string>("--model") { Description = "The model folder (default: the committed model)", HelpName = "DIR" };
        var evaluate = new Command("evaluate", "Measure detection on the hand-written conversations: a markdown report on stdout") { conversations, model };
        var tablesModel = new Option<string>("--model") { Description = "The model folder whose tables to write", HelpName = "DIR", Required = true };
        var tables = new Command("tables", $"Write {ModelFiles.TablesFileName} beside a model, which the host reads without loading ML.NET") { tablesModel };

        var root = new RootCommand("Trains SafeBrowse's message model from the research corpora and writes it with its metrics.")
        {
            data, modelOutput, seed, maxPositives, version, holdOut, evaluate, tables,
        };
        root.Options.Remove(root.Options.OfType<VersionOption>().Single());

        TrainingArguments? training = null;
        EvaluationArguments? evaluation = null;
        string? tablesDirectory = null;
        root.SetAction(parsed => training = new TrainingArguments(
            Path.GetFullPath(parsed.GetRequiredValue(data)),
            Path.GetFullPath(parsed.GetRequiredValue(modelOutput)),
            parsed.GetValue(seed),
            parsed.GetValue(maxPositives),
            parsed.GetValue(version),
            parsed.GetValue(holdOut)));
        evaluate.SetAction(parsed => evaluation = new EvaluationArguments(
            Path.GetFullPath(parsed.GetRequiredValue(conversations)),
            Path.GetFullPath(parsed.GetValue(model) ?? Path.Combine(AppContext.BaseDirectory, "Model"))));
        tables.SetAction(parsed => tablesDirectory = Path.GetFullPath(parsed.GetRequiredValue(tablesModel)));

        var parseResult = root.Parse(args);
        if (parseResult.Action is ParseErrorAction)
        {
            foreach (var problem in parseResult.Errors)
            {
                error.WriteLine(problem.Message);
            }

            var command = parseResult.CommandResult.Command == root ? "SafeBrowse.Training" : $"SafeBrowse.Training {parseResult.CommandResult.Command.Name}";
            error.WriteLine($"See '{command} --help'.");
            return (null, null, null, UsageError);
        }

        var exitCode = parseResult.Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (training, evaluation, tablesDirectory, exitCode);
    }
}
