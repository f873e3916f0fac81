using System.Diagnostics;

namespace SafeBrowse.Host.Tests.Support;

/// <summary>
/// A tiny tmpfs, so a test can fill the disk under the host or make it read-only: chmod cannot, because the suite
/// usually runs as root. Needs root with the right to mount; a test without it is reported inconclusive, not passed.
/// </summary>
internal sealed class SmallDisk : IDisposable
{
    private SmallDisk(string mountPoint) => MountPoint = mountPoint;

    public string MountPoint { get; }

    public static SmallDisk Mount(int kilobytes)
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Inconclusive("A small disk is mounted with tmpfs, which is Linux only.");
        }

        var mountPoint = Directory.CreateTempSubdirectory("safebrowse-disk-").FullName;
        if (Run("mount", "-t", "tmpfs", "-o", $"size={kilobytes}k,mode=0700", "tmpfs", mountPoint) != 0)
        {
            Directory.Delete(mountPoint);
            Assert.Inconclusive("Mounting a tmpfs needs root with CAP_SYS_ADMIN; this machine refused.");
        }

        return new SmallDisk(mountPoint);
    }

    /// <summary>Writes zeros until the disk refuses more.</summary>
    public string Fill()
    {
        var filler = Path.Combine(MountPoint, "filler");
        using var file = new FileStream(filler, FileMode.Create, FileAccess.Write);
        var block = new byte[4096];
        try
        {
            while (true)
            {
                file.Write(block);
                file.Flush(flushToDisk: true);
            }
        }
        catch (IOException)
        {
            return filler;
        }
    }

    public void MakeReadOnly(bool readOnly) =>
        Assert.AreEqual(0, Run("mount", "-o", readOnly ? "remount,ro" : "remount,rw", MountPoint), "remount");

    public void Dispose()
    {
        Run("umount", "-l", MountPoint);
        Directory.Delete(MountPoint, recursive: true);
    }

    private static int Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            process.WaitForExit();
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1;
        }
    }
}
