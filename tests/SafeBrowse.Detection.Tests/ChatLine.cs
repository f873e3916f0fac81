namespace SafeBrowse.Detection.Tests;

/// <summary>One line of a hand-written test chat.</summary>
public sealed record ChatLine(bool FromContact, string Text)
{
    public static ChatLine Contact(string text) => new(true, text);

    public static ChatLine Child(string text) => new(false, text);
}
