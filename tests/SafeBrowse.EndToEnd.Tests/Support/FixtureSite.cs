namespace SafeBrowse.EndToEnd.Tests.Support;

/// <summary>One fixture server on 127.0.0.1 for the whole run; every browser test serves its chat pages from it.</summary>
[TestClass]
public static class FixtureSite
{
    private static FixtureServer? server;

    internal static FixtureServer Server => server ?? throw new InvalidOperationException("The fixture server was not started.");

    [AssemblyInitialize]
    public static void Start(TestContext context) => server = new FixtureServer(RepositoryPaths.Fixtures);

    [AssemblyCleanup]
    public static void Stop() => server?.Dispose();
}
