namespace SafeBrowse.Storage;

/// <summary>A parent PIN as a salted, iterated hash; the PIN itself is never stored.</summary>
public sealed record StoredPin(byte[] Salt, byte[] Hash, int Iterations, DateTimeOffset SetAt);
