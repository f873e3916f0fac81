namespace SafeBrowse.Host.Tests.Support;

/// <summary>
/// Grooming written for these tests that unfolds slowly: each conversation is 80 messages of small talk with one
/// grooming line every 13 or so, so no single 20-message stretch holds enough for an alert. Only risk remembered
/// across the whole conversation reaches one.
/// </summary>
internal static class SlowGroomingChats
{
    public const int MessagesEach = 80;
    private const int FirstBeat = 4;
    private const int BeatSpacing = 13;

    private static readonly string[][] Beats =
    [
        ["you seem really mature for your age", "do you have snapchat? easier to talk there", "this is just between us ok, don't tell your parents", "are you home alone right now?", "can you send me a pic of you?", "lets meet this weekend, i can pick you up"],
        ["ur so pretty for real", "how old are you btw?", "dont tell your mom we talk", "i could buy you the new skin if you want", "send me a photo of you", "we should meet up at the mall, just us"],
        ["you're so mature, not like other kids", "add me on whatsapp its more private", "keep this a secret between us", "what school do you go to?", "send me a pic in your pajamas", "i can pick you up after school"],
        ["honestly you're smarter than people my age", "nobody has to know about us", "are your parents home?", "i want to see you, send me a selfie", "lets meet somewhere, i'll pay for the bus", "delete our chats ok"],
        ["you're really beautiful", "do you have telegram? lets talk there", "dont tell anyone about me ok", "where do you live?", "can you send me a picture of yourself", "i can come get you this saturday"],
        ["you're so mature for your age", "how old r u", "this stays between us, your parents wouldnt understand", "i'll send you money for a new phone", "send me a pic of you", "lets meet tomorrow, i'll pick you up"],
    ];

    private static readonly string[] ContactSmallTalk =
    [
        "haha nice", "that game is so fun", "lol same", "how was your weekend", "i like that song too",
        "what music do you listen to", "cool cool", "my day was boring", "did you watch the new episode", "that's funny",
    ];

    private static readonly string[] ChildSmallTalk =
    [
        "lol", "idk", "school was ok", "yeah", "i have to eat dinner soon",
        "my brother is annoying", "i like minecraft", "not much", "haha", "ok",
    ];

    public static int Count => Beats.Length;

    /// <summary>Conversation <paramref name="index"/> in page order: (incoming, text).</summary>
    public static IReadOnlyList<(bool Incoming, string Text)> Conversation(int index)
    {
        var beats = Beats[index];
        var messages = new List<(bool Incoming, string Text)>(MessagesEach);
        for (var position = 0; position < MessagesEach; position++)
        {
            var beat = (position - FirstBeat) / BeatSpacing;
            if (position >= FirstBeat && (position - FirstBeat) % BeatSpacing == 0 && beat < beats.Length)
            {
                messages.Add((true, beats[beat]));
            }
            else
            {
                var incoming = position % 2 == 0;
                var pool = incoming ? ContactSmallTalk : ChildSmallTalk;
                messages.Add((incoming, pool[(position + index) % pool.Length]));
            }
        }

        return messages;
    }
}
