namespace SafeBrowse.Training;

/// <summary>What a training run was asked for; see <see cref="TrainingCommandLine"/> for the command line.</summary>
internal sealed record TrainingArguments(string DataDirectory, string OutputDirectory, int Seed, int MaxPositives, string? Version, string? HoldOutSource);
