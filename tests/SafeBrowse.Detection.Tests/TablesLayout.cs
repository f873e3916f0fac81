namespace SafeBrowse.Detection.Tests;

/// <summary>Where <see cref="LinearModelFile"/>'s header fields sit, to damage one at a time.</summary>
internal static class TablesLayout
{
    public const int FormatAt = 4;
    public const int ModelHashAt = 8;
    public const int BiasAt = ModelHashAt + LinearModelFile.HashLength;
}
