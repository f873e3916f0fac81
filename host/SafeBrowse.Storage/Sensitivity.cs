namespace SafeBrowse.Storage;

public enum Sensitivity
{
    Low,
    Standard,
    High,
}
