namespace SafeBrowse.Storage;

/// <summary>The protocol's words for what a parent says a contact is to the child.</summary>
public static class TrustKinds
{
    public const string Family = "family";
    public const string Trusted = "trusted";

    public static bool IsKnown(string? kind) => kind is Family or Trusted;
}
