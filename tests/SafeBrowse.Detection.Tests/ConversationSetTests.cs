using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SafeBrowse.Detection.Tests;

/// <summary>
/// The hand-written sets in tests/conversations are well-formed. Deliberately no assertion on what detection makes of
/// them: a test on the frozen split's results would invite tuning on it (see tests/conversations/README.md).
/// </summary>
[TestClass]
public sealed class ConversationSetTests
{
    private const int MinimumMessages = 8;
    private const int MaximumMessages = 60;
    private const double MinimumBenignShare = 0.4;

    [TestMethod]
    [DataRow(WrittenSets.Development, "es", 40)]
    [DataRow(WrittenSets.Development, "en", 40)]
    [DataRow(WrittenSets.FrozenTest, "es", 20)]
    [DataRow(WrittenSets.FrozenTest, "en", 20)]
    public void Split_EachLanguage_HasEnoughConversations(string split, string language, int minimum)
    {
        Assert.IsGreaterThanOrEqualTo(minimum, WrittenSets.In(split, language).Count(), $"{split}/{language}.jsonl");
    }

    [TestMethod]
    [DataRow(WrittenSets.Development, "es")]
    [DataRow(WrittenSets.Development, "en")]
    [DataRow(WrittenSets.FrozenTest, "es")]
    [DataRow(WrittenSets.FrozenTest, "en")]
    public void Split_EachLanguage_IsAtLeastFortyPercentBenignLookAlikes(string split, string language)
    {
        var lines = WrittenSets.In(split, language).ToArray();

        Assert.IsGreaterThanOrEqualTo(MinimumBenignShare * lines.Length, lines.Count(line => line.IsBenign), $"{split}/{language}.jsonl");
        Assert.IsGreaterThanOrEqualTo(MinimumBenignShare * lines.Length, lines.Count(line => !line.IsBenign), $"{split}/{language}.jsonl has too little grooming");
    }

    [TestMethod]
    public void Sets_EveryConversation_HasAnIdUsedNowhereElse()
    {
        var repeated = WrittenSets.All.GroupBy(line => line.Id, StringComparer.Ordinal)
            .Where(group => group.Count() > 1)
            .Select(group => group.Key)
            .ToArray();

        Assert.IsEmpty(repeated, string.Join(", ", repeated));
        Assert.IsFalse(WrittenSets.All.Any(line => line.Id.Length == 0), "a conversation has no id");
    }

    [TestMethod]
    public void Sets_EveryConversation_IsInTheSharedCorpusFormat()
    {
        foreach (var line in WrittenSets.All)
        {
            Assert.AreEqual("safebrowse-written", line.Text("source"), line.Where);
            Assert.AreEqual(line.Language, line.Text("lang"), line.Where);
            Assert.AreEqual("exact", line.Text("order"), line.Where);
            Assert.Contains(line.Text("label"), new[] { "grooming", "benign" }, line.Where);
            Assert.IsFalse(string.IsNullOrWhiteSpace(line.Meta.GetProperty("tactic").GetString()), line.Where);
        }
    }

    [TestMethod]
    public void Sets_EveryMessage_HasASideTextAndAValidTimeIfAny()
    {
        foreach (var line in WrittenSets.All)
        {
            Assert.IsTrue(line.Messages.GetArrayLength() is >= MinimumMessages and <= MaximumMessages, $"{line.Where}: {line.Messages.GetArrayLength()} messages");
            foreach (var message in line.Messages.EnumerateArray())
            {
                Assert.Contains(message.GetProperty("from").GetString(), new[] { "contact", "child" }, line.Where);
                Assert.IsFalse(string.IsNullOrWhiteSpace(message.GetProperty("text").GetString()), line.Where);
                if (message.TryGetProperty("at", out var at))
                {
                    Assert.IsTrue(DateTimeOffset.TryParse(at.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out _), $"{line.Where}: at");
                }
            }
        }
    }

    [TestMethod]
    public void Sets_ExpectedCategories_AreProtocolCategoriesAndOnlyGroomingHasThem()
    {
        foreach (var line in WrittenSets.All)
        {
            var categories = line.Meta.GetProperty("categories").EnumerateArray().Select(category => category.GetString()).ToArray();

            Assert.IsTrue(categories.All(category => DetectionCategories.All.Contains(category)), $"{line.Where}: {string.Join(", ", categories)}");
            Assert.HasCount(categories.Distinct().Count(), categories, $"{line.Where}: a category twice");
            Assert.AreEqual(line.IsBenign, categories.Length == 0, $"{line.Where}: grooming names its categories, a look-alike none");
        }
    }

    [TestMethod]
    public void Sets_ConcernAt_PointsAtAContactMessageOfEveryGroomingConversationOnly()
    {
        foreach (var line in WrittenSets.All)
        {
            var hasConcern = line.Meta.TryGetProperty("concernAt", out var concernAt);
            Assert.AreEqual(!line.IsBenign, hasConcern, $"{line.Where}: concernAt belongs to grooming only");
            if (!hasConcern)
            {
                continue;
            }

            var index = concernAt.GetInt32();
            Assert.IsTrue(index >= 0 && index < line.Messages.GetArrayLength(), $"{line.Where}: concernAt {index} outside the messages");
            Assert.AreEqual("contact", line.Messages[index].GetProperty("from").GetString(), $"{line.Where}: concernAt is not a contact message");
        }
    }

    [TestMethod]
    [DataRow("es", "935a4bdf6a36b76c8317fb74c2ef195b763d12e4ae0ad55b44f52732310cb98a")]
    [DataRow("en", "5f3c59366bad998979f8e9cc6121e517df94828ee14c11f634b4354e148a5e5e")]
    public void FrozenTestSplit_Content_IsTheCommittedOne(string language, string sha256)
    {
        var lines = File.ReadLines(WrittenSets.PathOf(WrittenSets.FrozenTest, language)).Where(line => line.Length > 0);

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', lines))));

        Assert.AreEqual(sha256, hash, "the frozen test split changed: add a new split instead (tests/conversations/README.md)");
    }
}
