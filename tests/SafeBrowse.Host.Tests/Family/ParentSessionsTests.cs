using Microsoft.Extensions.Time.Testing;
using SafeBrowse.Host.Family;

namespace SafeBrowse.Host.Tests.Family;

[TestClass]
public sealed class ParentSessionsTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 23, 20, 0, 0, TimeSpan.Zero));

    [TestMethod]
    public void TryUse_FreshToken_IsAcceptedAndUnknownOnesAreNot()
    {
        var sessions = new ParentSessions(clock);

        var token = sessions.Open();

        Assert.IsTrue(sessions.TryUse(token));
        Assert.IsFalse(sessions.TryUse("not-a-session"));
        Assert.IsFalse(sessions.TryUse(null));
        Assert.IsGreaterThanOrEqualTo(40, token.Length);
    }

    [TestMethod]
    public void TryUse_AfterFifteenIdleMinutes_IsRefused()
    {
        var sessions = new ParentSessions(clock);
        var token = sessions.Open();

        clock.Advance(ParentSessions.IdleLimit + TimeSpan.FromSeconds(1));

        Assert.IsFalse(sessions.TryUse(token));
    }

    [TestMethod]
    public void TryUse_EachUse_ExtendsTheSession()
    {
        var sessions = new ParentSessions(clock);
        var token = sessions.Open();

        for (var step = 0; step < 4; step++)
        {
            clock.Advance(TimeSpan.FromMinutes(10));
            Assert.IsTrue(sessions.TryUse(token), $"use {step}");
        }
    }

    [TestMethod]
    public void Close_OpenSession_EndsIt()
    {
        var sessions = new ParentSessions(clock);
        var token = sessions.Open();

        sessions.Close(token);

        Assert.IsFalse(sessions.TryUse(token));
    }
}
