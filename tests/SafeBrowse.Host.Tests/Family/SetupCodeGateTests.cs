using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using SafeBrowse.Host.Family;
using SafeBrowse.Storage;

namespace SafeBrowse.Host.Tests.Family;

/// <summary>The first PIN belongs to whoever holds the setup code the installer printed, not to whoever comes first.</summary>
[TestClass]
public sealed class SetupCodeGateTests
{
    private const int FastIterations = 1_000;
    private const string Pin = "246810";
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 23, 20, 0, 0, TimeSpan.Zero));
    private string folder = null!;

    [TestInitialize]
    public void CreateFolder()
    {
        folder = Directory.CreateTempSubdirectory("safebrowse-setup-code-").FullName;
        Directory.CreateDirectory(ProgramFolder);
    }

    [TestCleanup]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    private string ProgramFolder => Path.Combine(folder, "program");

    private FamilyStorage Storage() => new(folder, clock, NullLogger<FamilyStorage>.Instance);

    private PinGate NewGate() => new(Storage(), new PinHasher(clock, FastIterations), new SetupCodes(ProgramFolder, folder), clock);

    private string Issue(string where, bool clearsPin = false) =>
        SetupCodeFiles.Issue(Path.Combine(where, SetupCodeFiles.FileName), clearsPin, everyAccount: where == ProgramFolder, new PinHasher(clock, FastIterations));

    [TestMethod]
    public void SetFirst_NoSetupCodeOnDisk_SetsNothing()
    {
        var gate = NewGate();

        var outcome = gate.SetFirst(Pin, "ABCD-EFGH-JKMN").Outcome;

        Assert.AreEqual(PinOutcome.NoSetupCode, outcome);
        Assert.IsFalse(gate.IsSet);
        Assert.IsFalse(gate.HasSetupCode);
    }

    [TestMethod]
    public void SetFirst_RightCode_SetsThePinAndSpendsTheCode()
    {
        var code = Issue(folder);
        var gate = NewGate();
        var readyBefore = gate.HasSetupCode;

        var outcome = gate.SetFirst(Pin, code).Outcome;

        Assert.IsTrue(readyBefore);
        Assert.AreEqual(PinOutcome.Accepted, outcome);
        Assert.AreEqual(PinOutcome.Accepted, gate.Check(Pin).Outcome);
        Assert.IsFalse(gate.HasSetupCode, "a spent code waits for nothing");
        Assert.AreEqual(PinOutcome.AlreadySet, gate.SetFirst("135790", code).Outcome);
    }

    [TestMethod]
    public void SetFirst_CodeTypedInLowerCaseWithSpaces_IsAccepted()
    {
        var code = Issue(folder);

        var typed = " " + code.Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant() + " ";

        Assert.AreEqual(PinOutcome.Accepted, NewGate().SetFirst(Pin, typed).Outcome);
    }

    [TestMethod]
    public void SetFirst_WrongCodes_CountAsWrongPinTriesWithTheSameDelays()
    {
        var code = Issue(folder);
        var gate = NewGate();
        var wrong = new List<PinCheck>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            wrong.Add(gate.SetFirst(Pin, "2222-3333-4444"));
        }

        var rightButTooSoon = gate.SetFirst(Pin, code);
        clock.Advance(TimeSpan.FromSeconds(31));
        var rightAfterTheWait = gate.SetFirst(Pin, code);

        CollectionAssert.AreEqual(
            new[] { TimeSpan.Zero, TimeSpan.Zero, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30) },
            wrong.Select(check => check.RetryAfter).ToArray());
        Assert.AreEqual(PinOutcome.Wrong, wrong[2].Outcome);
        Assert.AreEqual(PinOutcome.Locked, wrong[3].Outcome);
        Assert.AreEqual(PinOutcome.Locked, rightButTooSoon.Outcome);
        Assert.AreEqual(PinOutcome.Accepted, rightAfterTheWait.Outcome);
    }

    [TestMethod]
    public void SetFirst_CodeBesideTheProgram_WinsOverOneInTheDataFolder()
    {
        var administratorsCode = Issue(ProgramFolder);
        var childsCode = Issue(folder);
        var gate = NewGate();

        var child = gate.SetFirst("111111", childsCode).Outcome;
        var parent = gate.SetFirst(Pin, administratorsCode).Outcome;

        Assert.AreEqual(PinOutcome.Wrong, child);
        Assert.AreEqual(PinOutcome.Accepted, parent);
    }

    [TestMethod]
    public void ResetCode_SeenOnce_ClearsThePinRecordsItAndSetsTheNextPin()
    {
        var gate = NewGate();
        Assert.AreEqual(PinOutcome.Accepted, gate.SetFirst(Pin, Issue(folder)).Outcome);
        clock.Advance(TimeSpan.FromHours(1));

        var resetCode = Issue(folder, clearsPin: true);
        var clearedInThisProcess = !gate.IsSet;
        var newPin = gate.SetFirst("135790", resetCode).Outcome;
        var afterRestart = NewGate();

        Assert.IsTrue(clearedInThisProcess);
        Assert.AreEqual(PinOutcome.Accepted, newPin);
        Assert.IsTrue(afterRestart.IsSet, "a reset code left on disk clears the PIN once, not at every start");
        Assert.AreEqual(PinOutcome.Accepted, afterRestart.Check("135790").Outcome);
        var changes = Storage().Require().Pin.ChangesBetween(clock.GetUtcNow().AddDays(-1), clock.GetUtcNow().AddDays(1));
        CollectionAssert.AreEqual(
            new[] { PinChangeKind.Set, PinChangeKind.Reset, PinChangeKind.Set },
            changes.Select(change => change.Kind).ToArray());
    }
}
