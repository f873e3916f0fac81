namespace SafeBrowse.Host.Messaging;

/// <summary>Stable codes the extension can switch on; documented in docs/protocol.md.</summary>
internal static class ErrorCodes
{
    public const string BadJson = "bad_json";
    public const string BadRequest = "bad_request";
    public const string UnsupportedVersion = "unsupported_version";
    public const string UnknownType = "unknown_type";
    public const string FrameTooLarge = "frame_too_large";
    public const string ReplyTooLarge = "reply_too_large";
    public const string ForbiddenOrigin = "forbidden_origin";
    public const string Internal = "internal";
}
