namespace SafeBrowse.Host.Platform;

/// <summary>The per-user folder for data and logs, created readable by the user alone.</summary>
internal static class DataDirectory
{
    private const UnixFileMode UserOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    public static string Default =>
        Path.Combine(
            Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify),
            OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? "SafeBrowse" : "safebrowse");

    public static string Ensure(string? overridePath)
    {
        var path = Path.GetFullPath(overridePath ?? Default);
        EnsureUserOnlyFolder(path);
        EnsureUserOnlyFolder(LogsOf(path));
        return path;
    }

    /// <summary>
    /// For the browser-launched host, which must protect even when the disk is full or read-only: the folder's
    /// path whatever happens, and why it could not be prepared (null when it was).
    /// </summary>
    public static (string Path, string? Problem) TryEnsure(string? overridePath)
    {
        try
        {
            return (Ensure(overridePath), null);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            return (System.IO.Path.GetFullPath(overridePath ?? Default), $"{failure.GetType().Name}: {failure.Message}");
        }
    }

    public static string LogsOf(string dataDirectory) => Path.Combine(dataDirectory, "logs");

    private static void EnsureUserOnlyFolder(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }

        Directory.CreateDirectory(path, UserOnly);
        File.SetUnixFileMode(path, UserOnly);
    }
}
