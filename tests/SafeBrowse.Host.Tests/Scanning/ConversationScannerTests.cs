using System.Text;
using System.Text.Json;
using SafeBrowse.Detection;
using SafeBrowse.Host.Scanning;

namespace SafeBrowse.Host.Tests.Scanning;

[TestClass]
public sealed class ConversationScannerTests
{
    private const string Grooming = """
        {"id":"g-1","source":"test","lang":"en","label":"grooming","order":"exact","messages":[
          {"from":"contact","text":"hey how old are you"},{"from":"child","text":"13"},
          {"from":"contact","text":"you seem so mature for your age"},{"from":"contact","text":"dont tell your parents about us"},
          {"from":"contact","text":"send me a pic of you"}],"meta":{"anything":[1,2]}}
        """;

    private const string Benign = """{"id":"b-1","messages":[{"from":"contact","text":"did you do the homework?"},{"from":"child","text":"yes"}]}""";

    private static async Task<(List<JsonElement> Decisions, string Problems, ScanSummary Summary)> ScanAsync(string input)
    {
        var problems = new StringWriter();
        var output = new MemoryStream();
        var scanner = new ConversationScanner(new ConversationReplayer(new LexiconScorer()), problems, ConversationReplayer.DefaultStart);

        var summary = await scanner.ScanAsync(new MemoryStream(Encoding.UTF8.GetBytes(input)), output, CancellationToken.None);

        var decisions = Encoding.UTF8.GetString(output.ToArray())
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())
            .ToList();
        return (decisions, problems.ToString(), summary);
    }

    [TestMethod]
    public async Task ScanAsync_GroomingAndBenign_WritesOneDecisionLineEachInOrder()
    {
        var (decisions, problems, summary) = await ScanAsync(string.Join('\n', Grooming.ReplaceLineEndings(string.Empty), Benign));

        Assert.HasCount(2, decisions);
        Assert.AreEqual("g-1", decisions[0].GetProperty("id").GetString());
        Assert.AreEqual("alert", decisions[0].GetProperty("level").GetString());
        Assert.AreEqual(2, decisions[0].GetProperty("first_notice").GetInt32());
        Assert.AreEqual(4, decisions[0].GetProperty("first_alert").GetInt32());
        CollectionAssert.Contains(decisions[0].GetProperty("categories").EnumerateArray().Select(c => c.GetString()).ToList(), "secrecy");
        Assert.AreEqual("none", decisions[1].GetProperty("level").GetString());
        Assert.AreEqual(JsonValueKind.Null, decisions[1].GetProperty("first_notice").ValueKind);
        Assert.AreEqual(JsonValueKind.Null, decisions[1].GetProperty("first_alert").ValueKind);
        Assert.AreEqual(string.Empty, problems);
        Assert.AreEqual(7, summary.Messages);
    }

    [TestMethod]
    public async Task ScanAsync_BadLines_AreReportedByNumberWithoutTheirTextAndSkipped()
    {
        var input = string.Join('\n',
            Benign,
            "{not json SECRET-TEXT",
            """{"id":"x","messages":[{"from":"stranger","text":"SECRET-TEXT"}]}""",
            """{"messages":[]}""",
            "",
            Benign.Replace("b-1", "b-2", StringComparison.Ordinal));

        var (decisions, problems, summary) = await ScanAsync(input);

        CollectionAssert.AreEqual(new[] { "b-1", "b-2" }, decisions.Select(d => d.GetProperty("id").GetString()).ToList());
        Assert.AreEqual(3, summary.BadLines);
        Assert.Contains("line 2:", problems);
        Assert.Contains("line 3: skipped: messages[0].from", problems);
        Assert.Contains("line 4:", problems);
        Assert.DoesNotContain("SECRET-TEXT", problems);
    }

    [TestMethod]
    public async Task ScanAsync_TwoThousandMessageConversation_IsScoredWhole()
    {
        var messages = Enumerable.Range(0, 2000).Select(index => index % 2 == 0
            ? new { from = "contact", text = index == 1500 ? "dont tell your parents" : $"lol what about level {index}" }
            : new { from = "child", text = "ok" });
        var line = JsonSerializer.Serialize(new { id = "long", messages });

        var (decisions, _, summary) = await ScanAsync(line);

        Assert.AreEqual(2000, summary.Messages);
        Assert.AreEqual("none", decisions.Single().GetProperty("level").GetString());
    }
}
