namespace SafeBrowse.Host.Messaging;

/// <summary>A request the host refuses; the message describes its shape and never quotes chat text.</summary>
internal sealed class ProtocolException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
