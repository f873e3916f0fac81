namespace SafeBrowse.Detection.Tests;

/// <summary>
/// Every pattern of the lexicon files proves itself: it matches each of its examples and none of its near-misses,
/// and the whole lexicon (prefilter included) gives an example its category at the pattern's weight while a near-miss
/// gets it only weaker, if at all.
/// </summary>
[TestClass]
public sealed class LexiconTests
{
    private const string Example = "example";
    private const string NearMiss = "near-miss";

    private static readonly Lazy<IReadOnlyList<CategoryPattern>> Patterns = new(LexiconResources.Load);

    public static IEnumerable<object[]> ExamplesAndNearMisses =>
        Patterns.Value.SelectMany(pattern =>
            pattern.Examples.Select(text => new object[] { pattern.Id, Example, text })
                .Concat(pattern.NearMisses.Select(text => new object[] { pattern.Id, NearMiss, text })));

    [TestMethod]
    [DynamicData(nameof(ExamplesAndNearMisses))]
    public void Match_ExampleOrNearMiss_MatchesExamplesOnly(string id, string kind, string text)
    {
        var pattern = Patterns.Value.Single(candidate => candidate.Id == id);
        var matcher = new PatternMatcher(pattern.Expression, new CompileBudget(0));
        var normalized = TextNormalizer.Normalize(text);
        var lexiconWeight = CategoryLexicon.Match(normalized)
            .Where(item => item.Category == pattern.Category)
            .Select(item => item.Weight)
            .DefaultIfEmpty(0f)
            .Max();

        if (kind == Example)
        {
            Assert.IsTrue(matcher.IsMatch(normalized), $"{id} misses its example \"{text}\" (normalised \"{normalized}\")");
            Assert.IsTrue(matcher.IsMatchLinear(normalized), $"{id}: the non-backtracking engine misses \"{text}\"");
            Assert.IsGreaterThanOrEqualTo(pattern.Weight, lexiconWeight, $"{id}: the lexicon gives \"{text}\" {pattern.Category} at {lexiconWeight}");
        }
        else
        {
            Assert.IsFalse(matcher.IsMatch(normalized), $"{id} matches its near-miss \"{text}\" (normalised \"{normalized}\")");
            Assert.IsLessThan(pattern.Weight, lexiconWeight, $"{id}: another pattern gives the near-miss \"{text}\" {pattern.Category} at {lexiconWeight}");
        }
    }

    [TestMethod]
    public void Load_EveryPattern_HasAUniqueIdAndItsProof()
    {
        var patterns = Patterns.Value;

        Assert.HasCount(patterns.Count, patterns.Select(pattern => pattern.Id).Distinct(StringComparer.Ordinal));
        foreach (var pattern in patterns)
        {
            Assert.IsGreaterThanOrEqualTo(2, pattern.Examples.Count, pattern.Id);
            Assert.IsGreaterThanOrEqualTo(2, pattern.NearMisses.Count, pattern.Id);
            Assert.IsTrue(GroomingStages.All.Contains(pattern.Stage), pattern.Id);
        }
    }

    [TestMethod]
    [DataRow("en")]
    [DataRow("es")]
    public void LoadLanguage_EveryCategory_HasStrongAndWeakPatterns(string language)
    {
        var patterns = LexiconResources.LoadLanguage(language);

        foreach (var category in DetectionCategories.All)
        {
            var ofCategory = patterns.Where(pattern => pattern.Category == category).ToList();
            Assert.IsGreaterThanOrEqualTo(4, ofCategory.Count, $"{language} {category}");
            Assert.IsTrue(ofCategory.Any(pattern => pattern.Weight >= EvidenceWeights.Strong), $"{language} {category} has no strong pattern");
            Assert.IsTrue(patterns.All(pattern => pattern.Id.StartsWith(language + ".", StringComparison.Ordinal)), $"{language} holds another language's id");
        }
    }

    [TestMethod]
    public void LoadLanguage_Spanish_CoversEachCategoryAsEnglishDoes()
    {
        var english = LexiconResources.LoadLanguage("en").CountBy(pattern => pattern.Category).ToDictionary();
        var spanish = LexiconResources.LoadLanguage("es").CountBy(pattern => pattern.Category).ToDictionary();

        foreach (var category in DetectionCategories.All)
        {
            // Equal footing, give or take the odd spelling variant one language needs a pattern for and the other folds into an alternation.
            var (inEnglish, inSpanish) = (english.GetValueOrDefault(category), spanish.GetValueOrDefault(category));
            Assert.IsGreaterThanOrEqualTo(Math.Max(inEnglish, inSpanish) * 9 / 10, Math.Min(inEnglish, inSpanish), $"{category}: es {inSpanish}, en {inEnglish}");
        }
    }

    [TestMethod]
    public void Prefilter_LexiconFiles_FindsLiteralsForEveryPatternButAnchoredOnes()
    {
        var patterns = Patterns.Value;
        var prefilter = new LiteralPrefilter([.. patterns.Select(pattern => pattern.Expression)]);

        // Only patterns that match a bare number ("26", "33 you?") have no word every match must contain.
        Assert.IsLessThanOrEqualTo(2, prefilter.PatternsWithoutLiterals);
    }

    [TestMethod]
    [DataRow("no_such_category", "trust_building", "strong", "you are {you_are}")]
    [DataRow("flattery", "no_such_stage", "strong", "you are {you_are}")]
    [DataRow("flattery", "trust_building", "very strong", "you are {you_are}")]
    [DataRow("flattery", "trust_building", "strong", "you are {no_such_fragment}")]
    [DataRow("flattery", "trust_building", "strong", "{loop}")]
    public void Build_DamagedEntry_ThrowsNamingThePattern(string category, string stage, string strength, string expression)
    {
        var fragments = new Dictionary<string, string> { ["you_are"] = "(?:youre|you are)", ["loop"] = "{loop}" };
        var entry = new LexiconEntry("en.test.damaged", category, stage, strength, expression, ["a", "b"], ["c", "d"]);
        var file = new LexiconFile("en", fragments, [entry]);

        var error = Assert.ThrowsExactly<InvalidOperationException>(() => LexiconResources.Build(file));

        Assert.Contains("en.test.damaged", error.Message);
    }

    [TestMethod]
    public void Build_Fragments_AreSpelledOutAndQuantifiersKept()
    {
        var fragments = new Dictionary<string, string> { ["apps"] = "(?:kik|snapchat)", ["private"] = "(?:{apps}|dm)" };
        var entry = new LexiconEntry("en.test.fragments", "private_channel", "isolation", "weak", "add me on {private}.{0,5}", ["a", "b"], ["c", "d"]);

        var pattern = LexiconResources.Build(new LexiconFile("en", fragments, [entry])).Single();

        Assert.AreEqual(@"\b(?:add me on (?:(?:kik|snapchat)|dm).{0,5})\b", pattern.Expression);
        Assert.AreEqual(EvidenceWeights.Weak, pattern.Weight);
    }

    [TestMethod]
    [DataRow("wanna trade skins?", DetectionCategories.PhotoRequest)]
    [DataRow("lets swap seats", DetectionCategories.PhotoRequest)]
    [DataRow("can we exchange numbers", DetectionCategories.PhotoRequest)]
    [DataRow("i wanna see you play", DetectionCategories.PhotoRequest)]
    [DataRow("have you seen home alone", DetectionCategories.PersonalInfo)]
    [DataRow("esta solo un poco caro", DetectionCategories.PersonalInfo)]
    public void MatchText_FalsePositiveOfIssue13_CarriesNoSuchCategory(string text, string category)
    {
        var evidence = CategoryLexicon.MatchText(text);

        Assert.DoesNotContain(category, evidence.Select(item => item.Category).ToList());
    }

    [TestMethod]
    public void MatchText_ExchangeNumbers_IsOnlyAWeakPrivateChannelMove()
    {
        var evidence = CategoryLexicon.MatchText("can we exchange numbers");

        CollectionAssert.AreEqual(new[] { new CategoryEvidence(DetectionCategories.PrivateChannel, EvidenceWeights.Weak) }, evidence.ToList());
    }
}
