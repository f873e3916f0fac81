using SafeBrowse.Detection;

namespace SafeBrowse.Training;

/// <summary>
/// Builds weighted, shuffled rows. Positives are the contact's lines of grooming conversations; negatives are the
/// benign corpora (informal ones weighted up) and the decoy's own lines of the same logs, so that 2000s
/// instant-messenger style cannot by itself predict grooming.
/// </summary>
internal sealed class TrainingSetBuilder(int seed, int maxPositives)
{
    private const int MinPositiveTokens = 3;
    private const float DecoyShare = 0.5f;
    private const double NegativeToPositiveWeight = 3.0;

    private readonly Random random = new(seed);
    private readonly List<ModelInput> rows = [];
    private double positiveWeight;
    private double negativeWeight;

    public int Positives { get; private set; }

    public int Negatives { get; private set; }

    public void AddGrooming(IReadOnlyList<CorpusConversation> conversations)
    {
        var perConversation = Math.Max(1, maxPositives / Math.Max(1, conversations.Count));
        foreach (var conversation in conversations)
        {
            var contact = new List<string>();
            var decoy = new List<string>();
            foreach (var message in conversation.Messages)
            {
                var text = TextNormalizer.Normalize(message.Text);
                if (TextNormalizer.CountTokens(text) < MinPositiveTokens)
                {
                    continue;
                }

                (message.IsFromContact ? contact : decoy).Add(text);
            }

            foreach (var text in Sample(contact, perConversation))
            {
                Add(text, label: true, weight: 1f);
            }

            foreach (var text in Sample(decoy, (int)(perConversation * DecoyShare)))
            {
                Add(text, label: false, weight: 1f);
            }
        }
    }

    public void AddBenign(IReadOnlyList<CorpusConversation> conversations, float weight)
    {
        foreach (var message in conversations.SelectMany(conversation => conversation.Messages))
        {
            var text = TextNormalizer.Normalize(message.Text);
            if (text.Length > 0)
            {
                Add(text, label: false, weight);
            }
        }
    }

    /// <summary>
    /// Rows in random order (SDCA needs shuffled rows), the benign class weighing <see cref="NegativeToPositiveWeight"/>
    /// times the grooming class: benign talk is by far the more common, and ordinary lines should score low.
    /// </summary>
    public List<ModelInput> Build()
    {
        var negativeScale = (float)(NegativeToPositiveWeight * positiveWeight / negativeWeight);
        foreach (var row in rows.Where(row => !row.Label))
        {
            row.Weight *= negativeScale;
        }

        var shuffled = rows.ToArray();
        random.Shuffle(shuffled);
        return [.. shuffled];
    }

    private IEnumerable<string> Sample(List<string> items, int count)
    {
        if (items.Count <= count)
        {
            return items;
        }

        var array = items.ToArray();
        random.Shuffle(array);
        return array.Take(count);
    }

    private void Add(string text, bool label, float weight)
    {
        rows.Add(new ModelInput { Text = text, Label = label, Weight = weight });
        if (label)
        {
            Positives++;
            positiveWeight += weight;
        }
        else
        {
            Negatives++;
            negativeWeight += weight;
        }
    }
}
