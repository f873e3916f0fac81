namespace SafeBrowse.Host.Messaging;

internal sealed record RoutedReply(string? Id, byte[] Body);
