namespace SafeBrowse.Storage;

/// <summary>Category ids (<c>secrecy</c>, <c>age_gap</c>, …) stored as one comma-separated column.</summary>
internal static class CategoryList
{
    private const char Separator = ',';

    public static string Join(IReadOnlyList<string> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        foreach (var category in categories)
        {
            if (string.IsNullOrWhiteSpace(category) || category.Contains(Separator, StringComparison.Ordinal))
            {
                throw new ArgumentException("A category id must be non-empty and contain no comma.", nameof(categories));
            }
        }

        return string.Join(Separator, categories);
    }

    public static IReadOnlyList<string> Split(string stored) =>
        stored.Length == 0 ? [] : stored.Split(Separator);
}
