namespace SafeBrowse.Storage.Tests;

public enum Damage
{
    Garbage,
    Truncated,
    HeaderDestroyed,
    PagesOverwritten,
}
