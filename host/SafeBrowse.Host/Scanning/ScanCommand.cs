using System.Diagnostics;
using System.IO.Compression;
using SafeBrowse.Detection;
using SafeBrowse.Host.CommandLine;
using SafeBrowse.Host.Family;
using SafeBrowse.Host.Platform;
using SafeBrowse.Models;
using SafeBrowse.Storage;

namespace SafeBrowse.Host.Scanning;

/// <summary>`scan`: the live scoring path over a file of recorded conversations, with progress on stderr.</summary>
internal static class ScanCommand
{
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromSeconds(2);

    public static async Task<int> RunAsync(ScanArguments arguments, string? dataDirectory, CommandOutput output, TimeProvider clock)
    {
        if (!File.Exists(arguments.Input))
        {
            await output.Error.WriteLineAsync($"scan: the input file {arguments.Input} does not exist.");
            return ExitCodes.UsageError;
        }

        var scorer = MessageScorerLoader.Load(Path.Combine(AppContext.BaseDirectory, "Model"));
        await output.Error.WriteLineAsync(scorer.LoadError is { } loadError
            ? $"scan: the model was not loaded ({loadError}); scoring with category evidence alone."
            : $"scan: model {scorer.ModelVersion}; reading {arguments.Input}");

        await using var file = new FileStream(arguments.Input, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        await using var input = await IsGzipAsync(file) ? new GZipStream(file, CompressionMode.Decompress) : (Stream)file;
        await using var destination = new FileStream(arguments.Output, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        var recorder = arguments.Record ? await OpenRecorderAsync(arguments, dataDirectory, output, clock) : null;
        var start = arguments.Start ?? clock.GetUtcNow();
        var sequence = SequenceModelLoader.Load(Path.Combine(AppContext.BaseDirectory, "Model"));
        if (sequence.LoadError is { } sequenceError)
        {
            await output.Error.WriteLineAsync($"scan: the sequence model was not loaded ({sequenceError}); the rules decide alone.");
        }

        var scanner = new ConversationScanner(new ConversationReplayer(scorer.Scorer, sequence: sequence.Model), output.Error, start, recorder);

        var watch = Stopwatch.StartNew();
        using (clock.CreateTimer(_ => ReportProgress(output.Error, scanner, file, watch.Elapsed), null, ProgressInterval, ProgressInterval))
        {
            var summary = await scanner.ScanAsync(input, destination, CancellationToken.None);
            await output.Error.WriteLineAsync(
                $"scan: {summary.Conversations:N0} conversations ({summary.Messages:N0} messages) in {watch.Elapsed.TotalSeconds:F1} s; " +
                $"{summary.Raised:N0} reached notice or alert; {summary.BadLines:N0} bad lines skipped; decisions in {arguments.Output}");
            if (recorder is not null)
            {
                await output.Error.WriteLineAsync($"scan: recorded {recorder.Recorded:N0} notices for {arguments.Profile}");
            }

            return summary.BadLines > 0 ? ExitCodes.ProblemsFound : ExitCodes.Success;
        }
    }

    private static async Task<ScanRecorder> OpenRecorderAsync(ScanArguments arguments, string? dataDirectory, CommandOutput output, TimeProvider clock)
    {
        var database = FamilyDatabase.Open(DataDirectory.Ensure(dataDirectory), clock);
        var profile = database.Profiles.Find(arguments.Profile!);
        if (profile is null)
        {
            profile = database.Profiles.Save(arguments.Profile!, AgeBand.Unknown, FamilyLanguages.Default, FamilyLanguages.CountryFor(FamilyLanguages.Default));
            await output.Error.WriteLineAsync($"scan: created the child profile '{profile.Name}' (Spanish, Colombia; change it on the parent pages)");
        }

        return new ScanRecorder(database, profile, Path.GetFileName(arguments.Input));
    }

    private static async Task<bool> IsGzipAsync(FileStream file)
    {
        var magic = new byte[2];
        var read = await file.ReadAtLeastAsync(magic, magic.Length, throwOnEndOfStream: false);
        file.Position = 0;
        return read == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
    }

    private static void ReportProgress(TextWriter error, ConversationScanner scanner, FileStream file, TimeSpan elapsed)
    {
        var share = file.Length == 0 ? 1 : (double)file.Position / file.Length;
        error.WriteLine($"scan: {scanner.Conversations:N0} conversations, {scanner.Messages:N0} messages, {share:P0} of the input read, {elapsed.TotalSeconds:F0} s");
    }
}
