namespace SafeBrowse.Host.Messaging;

/// <summary>A request the host refuses; the message describes its shape and never quotes chat text.</summary>
internal sealed class ProtocolException(string code, string message, TimeSpan? retryAfter = null) : Exception(message)
{
    public string Code { get; } = code;

    /// <summary>For refused PIN tries: how long until the next one is heard.</summary>
    public TimeSpan? RetryAfter { get; } = retryAfter;
}
