using System.Text.Json;

namespace SafeBrowse.Host.Tests.Support;

internal static class ConversationRequests
{
    public static readonly string[] Grooming =
    [
        "hey whats up",
        "you seem really mature for your age",
        "how old are you btw?",
        "this is just between us ok, don't tell your parents",
        "can you send me a pic of you?",
        "are you home alone right now?",
        "lets meet this weekend, i can pick you up",
    ];

    public static readonly string[] Benign =
    [
        "did you finish the math homework",
        "not yet, the last exercise is hard",
        "we can do it together at lunch",
        "cool, see you at school tomorrow",
    ];

    public static string Score(string id, params (string Conversation, string Contact, string[] Texts)[] conversations)
    {
        var messages = conversations.SelectMany(conversation => conversation.Texts.Select((text, index) => new Dictionary<string, string>
        {
            ["conversation"] = conversation.Conversation,
            ["contact"] = conversation.Contact,
            ["direction"] = "incoming",
            ["text"] = text,
            ["key"] = $"{conversation.Conversation}-{index}",
        }));
        return JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["v"] = 1,
            ["id"] = id,
            ["type"] = "score",
            ["site"] = "127.0.0.1",
            ["messages"] = messages.ToList(),
        });
    }
}
