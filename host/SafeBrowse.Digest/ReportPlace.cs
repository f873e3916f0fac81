namespace SafeBrowse.Digest;

/// <summary>A place to report or get help; <see cref="TextKey"/> names the resource that says what it is.</summary>
internal sealed record ReportPlace(string TextKey, Uri? Link, string? Phone);
