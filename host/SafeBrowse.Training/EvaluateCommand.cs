using System.Diagnostics;
using SafeBrowse.Detection;
using SafeBrowse.Models;

namespace SafeBrowse.Training;

/// <summary>`evaluate`: detection over the hand-written sets; progress on stderr, the markdown report on stdout.</summary>
internal static class EvaluateCommand
{
    public static async Task<int> RunAsync(EvaluationArguments arguments, TextWriter output, TextWriter progress)
    {
        IReadOnlyList<WrittenSplit> splits;
        try
        {
            splits = WrittenSetReader.Read(arguments.ConversationsDirectory);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            progress.WriteLine($"evaluate: {error.Message}");
            return TrainingCommandLine.UsageError;
        }

        var loaded = MessageScorerLoader.Load(arguments.ModelDirectory);
        var sequence = SequenceModelLoader.Load(arguments.ModelDirectory);
        var description = (loaded.LoadError is { } loadError
            ? $"category evidence alone (the model was not loaded: {loadError})"
            : $"model {loaded.ModelVersion} with category evidence")
            + (sequence.LoadError is { } sequenceError ? $", rules without the course ({sequenceError})" : ", and the conversation's course");
        progress.WriteLine($"evaluate: {description}");
        if (loaded.Scorer is MlMessageScorer model)
        {
            // Figures come from the fast path the host serves with, not the PredictionEngine it starts on.
            await model.FastPathReady;
        }

        var evaluator = new ConversationEvaluator(loaded.Scorer, sequence.Model);
        var results = new List<(WrittenSplit, IReadOnlyList<EvaluatedConversation>)>();
        foreach (var split in splits)
        {
            var watch = Stopwatch.StartNew();
            results.Add((split, [.. split.Conversations.Select(evaluator.Evaluate)]));
            progress.WriteLine($"evaluate: {split.Name}/{split.Language}: {split.Conversations.Count} conversations replayed in {watch.Elapsed.TotalSeconds:F1} s");
        }

        EvaluationReport.Write(output, description, results);
        return 0;
    }
}
