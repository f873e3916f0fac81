namespace SafeBrowse.Host.Json;

/// <summary>A contact who raised a notice or alert for the child lately; <c>level</c> is the highest of them.</summary>
internal sealed record RecentContactDto(string Site, string Contact, string LastSeen, string Level);
