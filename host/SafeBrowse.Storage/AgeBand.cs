namespace SafeBrowse.Storage;

public enum AgeBand
{
    Unknown,
    Under10,
    From10To12,
    From13To15,
    From16To17,
}
