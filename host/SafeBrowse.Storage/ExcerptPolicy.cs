namespace SafeBrowse.Storage;

/// <summary>Whether a short excerpt of the chat may be kept for the parent; never for anything below an alert.</summary>
public enum ExcerptPolicy
{
    Never,
    AlertsOnly,
}
