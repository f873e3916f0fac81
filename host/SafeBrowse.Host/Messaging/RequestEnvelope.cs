namespace SafeBrowse.Host.Messaging;

internal sealed record RequestEnvelope(int Version, string Id, string Type);
