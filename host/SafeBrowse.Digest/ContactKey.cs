namespace SafeBrowse.Digest;

/// <summary>One contact on one site. Host names ignore case; contact names are the site's own and keep it.</summary>
internal readonly record struct ContactKey(string Site, string Contact)
{
    public static ContactKey Of(DigestEvent digestEvent) => new(digestEvent.Site.Trim().ToUpperInvariant(), digestEvent.Contact);
}
