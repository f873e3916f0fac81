namespace SafeBrowse.Detection;

/// <summary>Category ids shared with the extension (docs/protocol.md).</summary>
public static class DetectionCategories
{
    public const string Flattery = "flattery";
    public const string Secrecy = "secrecy";
    public const string Isolation = "isolation";
    public const string PrivateChannel = "private_channel";
    public const string PersonalInfo = "personal_info";
    public const string PhotoRequest = "photo_request";
    public const string SexualTalk = "sexual_talk";
    public const string Gifts = "gifts";
    public const string Meeting = "meeting";
    public const string Threats = "threats";

    /// <summary>A contact who says they are an adult, talking with a child who said they are a minor, or making light of the age difference.</summary>
    public const string AgeGap = "age_gap";

    public static IReadOnlyList<string> All { get; } =
    [
        Flattery, Secrecy, Isolation, PrivateChannel, PersonalInfo,
        PhotoRequest, SexualTalk, Gifts, Meeting, Threats, AgeGap,
    ];
}
