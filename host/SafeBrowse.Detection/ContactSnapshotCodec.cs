using System.Text.Json;

namespace SafeBrowse.Detection;

/// <summary>
/// Writes and reads <see cref="ContactSnapshot"/> as UTF-8 JSON. A snapshot this version cannot read (written by a
/// newer SafeBrowse, or damaged) is refused, and the contact starts fresh rather than the host failing. When the
/// format changes, bump <see cref="CurrentVersion"/> and map each older version to the new shape in <see cref="Decode"/>.
/// </summary>
internal static class ContactSnapshotCodec
{
    public const int CurrentVersion = 2;

    // Version 1 lacks the relationship counts, which then read as none, and the course, which starts afresh.
    private const int OldestReadableVersion = 1;

    private static readonly HashSet<string> KnownCategories = [.. DetectionCategories.All];

    public static byte[] Encode(ContactSnapshot snapshot) =>
        JsonSerializer.SerializeToUtf8Bytes(snapshot, ContactSnapshotJsonContext.Default.ContactSnapshot);

    /// <returns>The snapshot, or null when it is not one this version can read.</returns>
    public static ContactSnapshot? Decode(ReadOnlySpan<byte> bytes)
    {
        try
        {
            if (ReadVersion(bytes) is not (>= OldestReadableVersion and <= CurrentVersion))
            {
                return null;
            }

            var snapshot = JsonSerializer.Deserialize(bytes, ContactSnapshotJsonContext.Default.ContactSnapshot);
            return snapshot is not null && IsSound(snapshot) ? snapshot : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static int? ReadVersion(ReadOnlySpan<byte> bytes)
    {
        var reader = new Utf8JsonReader(bytes);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isVersion = reader.ValueTextEquals("v"u8);
            reader.Read();
            if (isVersion)
            {
                return reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var version) ? version : null;
            }

            reader.Skip();
        }

        return null;
    }

    // Hand-edited or half-written rows must not smuggle unknown categories or impossible weights into a decision.
    private static bool IsSound(ContactSnapshot snapshot) =>
        snapshot.Evidence is not null
        && snapshot.Strong is not null && snapshot.Notified is not null && snapshot.Categories is not null && snapshot.Dismissed is not null
        && snapshot.Counted is not null && snapshot.Counted.Count <= ContactState.MaxCountedMessages
        && snapshot.Evidence.All(pair => KnownCategories.Contains(pair.Key) && double.IsFinite(pair.Value) && pair.Value >= 0)
        && new[] { snapshot.Strong, snapshot.Notified, snapshot.Categories, snapshot.Dismissed }.All(list => list.All(KnownCategories.Contains))
        && snapshot.EvidenceMessages >= 0 && snapshot.KinAddressed >= 0 && snapshot.ParentTalk >= 0
        && Enum.IsDefined(snapshot.Level) && Enum.IsDefined(snapshot.LastNotifiedLevel)
        && (snapshot.DismissedLevel is not { } dismissed || Enum.IsDefined(dismissed))
        && (snapshot.Course is not { } course || course.IsSound);
}
