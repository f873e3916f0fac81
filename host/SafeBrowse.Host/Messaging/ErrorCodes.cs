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
    public const string StorageUnavailable = "storage_unavailable";
    public const string PinWrong = "pin_wrong";
    public const string PinLocked = "pin_locked";
    public const string PinNotSet = "pin_not_set";
    public const string PinInvalid = "pin_invalid";
    public const string SetupCodeRequired = "setup_code_required";
    public const string SetupCodeWrong = "setup_code_wrong";
    public const string SetupCodeMissing = "setup_code_missing";
    public const string SessionRequired = "session_required";
    public const string NotFound = "not_found";
}
