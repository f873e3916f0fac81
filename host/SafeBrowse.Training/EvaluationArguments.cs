namespace SafeBrowse.Training;

/// <summary>What `evaluate` was asked for; see <see cref="TrainingCommandLine"/> for the command line.</summary>
internal sealed record EvaluationArguments(string ConversationsDirectory, string ModelDirectory);
