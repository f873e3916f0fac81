namespace SafeBrowse.Training;

/// <summary>
/// A corpus file, the name its figures are reported under, its licence, the weight of its lines as negatives
/// (informal sources count more, so informality does not predict grooming) and the share held out for testing.
/// </summary>
internal sealed record CorpusFile(string Name, string RelativePath, string Licence, float NegativeWeight, double TestFraction)
{
    public static IReadOnlyList<CorpusFile> Benign { get; } =
    [
        new("dailydialog", "benign/dailydialog.jsonl.gz", "CC BY-NC-SA 4.0 (Li et al. 2017)", 1f, 0.2),
        new("formspring", "benign/formspring.jsonl.gz", "no licence stated: research use only", 3f, 0.2),
        new("twitch-es", "benign/twitch-es.jsonl.gz", "CC BY-NC-SA 4.0", 10f, 0.5),
    ];

    public static CorpusFile Grooming { get; } =
        new("perverted-justice", "grooming/pj-train.jsonl.gz", "no licence stated: research use only (Koutli 2023 cleaning)", 1f, 0.2);
}
