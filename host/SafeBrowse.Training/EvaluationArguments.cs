namespace SafeBrowse.Training;

/// <summary>Command line of `evaluate`: --conversations DIR [--model DIR].</summary>
internal sealed record EvaluationArguments(string ConversationsDirectory, string ModelDirectory)
{
    public const string Command = "evaluate";

    public const string Usage =
        "usage: SafeBrowse.Training evaluate --conversations <tests/conversations or one split in it> [--model <model dir, default: the committed model>]";

    public static EvaluationArguments? Parse(IReadOnlyList<string> args)
    {
        string? conversations = null;
        var model = Path.Combine(AppContext.BaseDirectory, "Model");
        for (var index = 0; index + 1 < args.Count; index += 2)
        {
            switch (args[index])
            {
                case "--conversations":
                    conversations = args[index + 1];
                    break;
                case "--model":
                    model = args[index + 1];
                    break;
                default:
                    return null;
            }
        }

        return args.Count % 2 == 0 && conversations is not null
            ? new EvaluationArguments(Path.GetFullPath(conversations), Path.GetFullPath(model))
            : null;
    }
}
