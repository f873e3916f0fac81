namespace SafeBrowse.Digest;

/// <summary>
/// Something that happened to the parents' PIN. <see cref="Kind"/> is "set" (the first PIN, with the setup code),
/// "changed" or "reset" (<c>safebrowse-host pin reset</c> on the computer).
/// </summary>
public sealed record DigestPinChange(DateTimeOffset At, string Kind);
