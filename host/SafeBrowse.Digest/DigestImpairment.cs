namespace SafeBrowse.Digest;

/// <summary>
/// A stretch of time SafeBrowse ran but could not protect fully; <see cref="Reason"/> is one of
/// <see cref="ProtectionStates.Impaired"/>.
/// </summary>
public sealed record DigestImpairment(DigestSpan Span, string Reason);
