using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.ML;
using SafeBrowse.Detection;
using SafeBrowse.Models;
using SafeBrowse.Training;

const int StressGroupSize = 20;
string[] probeTexts =
[
    "how was school", "the weather is nice today", "que mas parce como vas", "lol that game was sick",
    "mandame la tarea porfa", "don't tell your parents about us", "send me a pic of you",
    "no le digas a tus papas", "mandame una foto tuya",
];

var (arguments, evaluation, tablesDirectory, exitCode) = TrainingCommandLine.Read(args, Console.Out, Console.Error);
if (evaluation is not null)
{
    return await EvaluateCommand.RunAsync(evaluation, Console.Out, Console.Error);
}

if (tablesDirectory is not null)
{
    return TablesCommand.Run(tablesDirectory, Console.Out, Console.Error);
}

if (arguments is null)
{
    return exitCode;
}

var total = Stopwatch.StartNew();
Console.WriteLine($"Reading corpora from {arguments.DataDirectory} (seed {arguments.Seed})");
var sources = new List<TrainingSourceInfo>();
var builder = new TrainingSetBuilder(arguments.Seed, arguments.MaxPositives);

var groomingFile = CorpusFile.Grooming;
var grooming = CorpusReader.ReadAll(Path.Combine(arguments.DataDirectory, groomingFile.RelativePath), groomingFile.Name);
var (groomingTrain, groomingTest) = CorpusSplit.ByConversation(grooming, groomingFile.TestFraction, arguments.Seed);
builder.AddGrooming(groomingTrain);
sources.Add(new(groomingFile.Name, groomingFile.RelativePath, groomingFile.Licence, grooming.Count, groomingTrain.Count, groomingTest.Count));

var benignTest = new Dictionary<string, List<CorpusConversation>>(StringComparer.Ordinal);
var benignTrain = new Dictionary<string, List<CorpusConversation>>(StringComparer.Ordinal);
foreach (var file in CorpusFile.Benign)
{
    var conversations = CorpusReader.ReadAll(Path.Combine(arguments.DataDirectory, file.RelativePath), file.Name);
    // A held-out source trains nothing and is tested whole: chat unlike any negative the model saw.
    (List<CorpusConversation> train, List<CorpusConversation> test) = file.Name == arguments.HoldOutSource
        ? ([], [.. conversations])
        : CorpusSplit.ByConversation(conversations, file.TestFraction, arguments.Seed);
    builder.AddBenign(train, file.NegativeWeight);
    benignTrain[file.Name] = train;
    benignTest[file.Name] = test;
    sources.Add(new(file.Name, file.RelativePath, file.Licence, conversations.Count, train.Count, test.Count));
}

var rows = builder.Build();
Console.WriteLine($"Training rows: {builder.Positives:N0} positive (contact lines), {builder.Negatives:N0} negative; benign class weighted 3x");

var context = new MLContext(arguments.Seed);
var trainingWatch = Stopwatch.StartNew();
var model = ModelTrainer.Train(context, rows);
var trainingSeconds = Math.Round(trainingWatch.Elapsed.TotalSeconds, 1);

Console.WriteLine("Message-level AUC on held-out conversations (grooming contact lines vs each benign source):");
var positiveTexts = groomingTest.SelectMany(conversation => conversation.Messages)
    .Where(message => message.IsFromContact)
    .Select(message => TextNormalizer.Normalize(message.Text))
    .Where(text => TextNormalizer.CountTokens(text) >= 3)
    .ToArray();
var positiveScores = BatchPredictor.Probabilities(context, model, positiveTexts);
var auc = new Dictionary<string, double>(StringComparer.Ordinal);
foreach (var (name, conversations) in benignTest)
{
    var negatives = conversations.SelectMany(conversation => conversation.Messages)
        .Select(message => TextNormalizer.Normalize(message.Text))
        .Where(text => text.Length > 0)
        .ToArray();
    auc[name] = Math.Round(MessageAuc.Compute(positiveScores, BatchPredictor.Probabilities(context, model, negatives)), 4);
    Console.WriteLine($"  {name,-12} AUC {auc[name]:F4}  ({positiveTexts.Length:N0} grooming lines vs {negatives.Length:N0} benign lines)");
}

Console.WriteLine("Lexicon hit rate (share of held-out lines carrying any category):");
var lexiconHits = new Dictionary<string, double>(StringComparer.Ordinal)
{
    [groomingFile.Name] = HitRate(positiveTexts),
};
foreach (var (name, conversations) in benignTest)
{
    lexiconHits[name] = HitRate(conversations.SelectMany(conversation => conversation.Messages)
        .Select(message => TextNormalizer.Normalize(message.Text)).Where(text => text.Length > 0).ToArray());
}

foreach (var (name, rate) in lexiconHits)
{
    Console.WriteLine($"  {name,-18} {rate,7:P2}");
}

var scorer = new MlMessageScorer(context, model);
// Figures come from the fast path the host uses, not the PredictionEngine it starts on.
await scorer.FastPathReady;
Console.WriteLine("Probes (model probability on normalised text):");
var probes = new Dictionary<string, float>(StringComparer.Ordinal);
foreach (var probe in probeTexts)
{
    probes[probe] = MathF.Round(scorer.Predict(TextNormalizer.Normalize(probe)), 4);
    Console.WriteLine($"  {probes[probe]:F3}  {probe}");
}

var benignSets = benignTest.ToDictionary(
    pair => pair.Key,
    pair => (IReadOnlyList<IReadOnlyList<CorpusMessage>>)[.. pair.Value.Select(conversation => conversation.Messages)],
    StringComparer.Ordinal);
foreach (var name in new[] { "dailydialog", "formspring", "twitch-es" })
{
    benignSets[$"{name} ({StressGroupSize}-message groups)"] = [.. benignTest[name]
        .SelectMany(conversation => conversation.Messages)
        .Where(message => message.IsFromContact)
        .Chunk(StressGroupSize)
        .Select(chunk => (IReadOnlyList<CorpusMessage>)chunk)];
}

var memo = new MemoizingScorer(scorer, lexiconOnly: false);
var version = arguments.Version ?? TimeProvider.System.GetUtcNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ".1";
var (sequenceFile, sequenceInfo) = SequenceTraining.Train(context, groomingTrain, benignTrain, scorer, arguments.Seed, version);
var sequence = SequenceModel.FromFile(sequenceFile)!;
var groomingSet = groomingTest.Select(conversation => conversation.Messages).ToArray();
var withModel = Evaluate(memo, "model + lexicon");
var lexiconOnly = Evaluate(memo.LexiconOnlyView(), "lexicon only");
var withSequence = Evaluate(memo, "model + lexicon + course", sequence);
PrintTable(withModel, lexiconOnly);
PrintBeforeAfter(withModel, withSequence, arguments.HoldOutSource);

Directory.CreateDirectory(arguments.OutputDirectory);
var modelPath = Path.Combine(arguments.OutputDirectory, ModelFiles.ModelFileName);
context.Model.Save(model, context.Data.LoadFromEnumerable(Array.Empty<ModelInput>()).Schema, modelPath);
ModelTables.Write(arguments.OutputDirectory);
var sequencePath = Path.Combine(arguments.OutputDirectory, SequenceModel.FileName);
await File.WriteAllTextAsync(sequencePath, JsonSerializer.Serialize(sequenceFile, SequenceModelJsonContext.Default.SequenceModelFile) + "\n");
var info = new ModelInfo(
    version,
    TimeProvider.System.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
    "TextNormalizer -> FeaturizeText (word 1-2-grams up to 40k, char 3-grams up to 20k, L2) -> SdcaLogisticRegression; RiskEngine: category evidence per contact, amplified by the model, decaying with a 4-day half-life",
    arguments.Seed,
    builder.Positives,
    builder.Negatives,
    trainingSeconds,
    sources,
    new ModelMetrics(auc, lexiconHits, withModel, lexiconOnly, probes))
{
    Sequence = sequenceInfo with { WithSequence = withSequence },
};
await File.WriteAllTextAsync(
    Path.Combine(arguments.OutputDirectory, ModelFiles.InfoFileName),
    JsonSerializer.Serialize(info, TrainingJsonContext.Default.ModelInfo) + "\n");
Console.WriteLine($"Wrote {modelPath} ({new FileInfo(modelPath).Length / 1024.0 / 1024.0:F2} MB), {ModelFiles.TablesFileName}, {SequenceModel.FileName} and {ModelFiles.InfoFileName}, version {info.Version}");
Console.WriteLine($"Total time {total.Elapsed.TotalSeconds:F0} s (training {trainingSeconds} s)");
return 0;

ConversationMetrics Evaluate(IMessageScorer replayScorer, string label, SequenceModel? course = null)
{
    var groomingOutcomes = ConversationReplay.ReplayAll(groomingSet, replayScorer, $"grooming ({label})", course);
    var benign = new Dictionary<string, BenignMetrics>(StringComparer.Ordinal);
    foreach (var (name, set) in benignSets)
    {
        var outcomes = ConversationReplay.ReplayAll(set, replayScorer, $"{name} ({label})", course);
        benign[name] = ConversationMetrics.SummarizeBenign(outcomes);
        var patterns = outcomes.Where(outcome => outcome.Level >= RiskLevel.Notice)
            .GroupBy(outcome => string.Join('+', outcome.Categories.Order(StringComparer.Ordinal)))
            .Select(group => $"{group.Key} x{group.Count()}");
        if (benign[name].FalseNoticesPer1000 > 0)
        {
            Console.WriteLine($"  false notices in {name} ({label}) came from: {string.Join(", ", patterns)}");
        }
    }

    return new ConversationMetrics(ConversationMetrics.Summarize(groomingOutcomes), benign);
}

static double HitRate(IReadOnlyList<string> normalizedTexts) =>
    normalizedTexts.Count == 0 ? 0 : Math.Round((double)normalizedTexts.Count(text => CategoryLexicon.Match(text).Count > 0) / normalizedTexts.Count, 4);

static void PrintTable(ConversationMetrics model, ConversationMetrics lexicon)
{
    Console.WriteLine();
    Console.WriteLine("Conversation level, held-out                 model+lexicon   lexicon only");
    Console.WriteLine($"  grooming conversations                      {model.Grooming.Conversations,8}       {lexicon.Grooming.Conversations,8}");
    Console.WriteLine($"  recall (reached notice)                     {model.Grooming.RecallNotice,8:P1}       {lexicon.Grooming.RecallNotice,8:P1}");
    Console.WriteLine($"  recall (reached alert)                      {model.Grooming.RecallAlert,8:P1}       {lexicon.Grooming.RecallAlert,8:P1}");
    Console.WriteLine($"  notice within 50 contact messages            {model.Grooming.RecallNoticeWithin50ContactMessages,8:P1}       {lexicon.Grooming.RecallNoticeWithin50ContactMessages,8:P1}");
    Console.WriteLine($"  notice within 200 contact messages           {model.Grooming.RecallNoticeWithin200ContactMessages,8:P1}       {lexicon.Grooming.RecallNoticeWithin200ContactMessages,8:P1}");
    Console.WriteLine($"  median first notice, 0-based index         {model.Grooming.MedianFirstNotice,8}       {lexicon.Grooming.MedianFirstNotice,8}");
    Console.WriteLine($"  median first notice, contact message #      {model.Grooming.MedianFirstNoticeContactMessage,8}       {lexicon.Grooming.MedianFirstNoticeContactMessage,8}");
    Console.WriteLine($"  median first alert, 0-based index          {model.Grooming.MedianFirstAlert,8}       {lexicon.Grooming.MedianFirstAlert,8}");
    foreach (var (name, metrics) in model.Benign)
    {
        var other = lexicon.Benign[name];
        Console.WriteLine($"  {name} ({metrics.Conversations:N0} conv.)");
        Console.WriteLine($"    false notices / 1,000                     {metrics.FalseNoticesPer1000,8:F1}       {other.FalseNoticesPer1000,8:F1}");
        Console.WriteLine($"    false alerts / 1,000                      {metrics.FalseAlertsPer1000,8:F1}       {other.FalseAlertsPer1000,8:F1}");
    }

    Console.WriteLine();
}

static void PrintBeforeAfter(ConversationMetrics before, ConversationMetrics after, string? heldOut)
{
    Console.WriteLine($"Before (rules) and after (rules + course), held out: Perverted-Justice test split{(heldOut is null ? "" : $", {heldOut} whole")}");
    Console.WriteLine("                                               before        after   target");
    Console.WriteLine($"  median contact messages before first notice {before.Grooming.MedianFirstNoticeContactMessage,8}     {after.Grooming.MedianFirstNoticeContactMessage,8}    <= 10");
    Console.WriteLine($"  alert recall                                {before.Grooming.RecallAlert,8:P1}     {after.Grooming.RecallAlert,8:P1}    >= 98 %");
    Console.WriteLine($"  notice recall                               {before.Grooming.RecallNotice,8:P1}     {after.Grooming.RecallNotice,8:P1}");
    Console.WriteLine($"  median first alert, 0-based index           {before.Grooming.MedianFirstAlert,8}     {after.Grooming.MedianFirstAlert,8}");
    foreach (var (name, metrics) in before.Benign)
    {
        var other = after.Benign[name];
        Console.WriteLine($"  {name,-34} notices/1,000 {metrics.FalseNoticesPer1000,6:F1} -> {other.FalseNoticesPer1000,6:F1} (<= 5)   alerts/1,000 {metrics.FalseAlertsPer1000,6:F1} -> {other.FalseAlertsPer1000,6:F1} (<= 1)");
    }

    Console.WriteLine();
}
