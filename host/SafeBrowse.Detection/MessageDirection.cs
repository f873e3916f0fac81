namespace SafeBrowse.Detection;

public enum MessageDirection
{
    Incoming,
    Outgoing,
}
