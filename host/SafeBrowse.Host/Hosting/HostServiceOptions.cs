using SafeBrowse.Detection;
using SafeBrowse.Host.Family;
using SafeBrowse.Host.Scoring;

namespace SafeBrowse.Host.Hosting;

/// <summary>
/// What the browser-launched host and a host built inside a test differ in; everything else is registered the same
/// way for both by <see cref="HostServices.AddSafeBrowseHost"/>.
/// </summary>
internal sealed record HostServiceOptions(FamilyStorage Storage, BackgroundModel Model, TimeProvider Clock)
{
    /// <summary>PBKDF2 iterations for new PIN hashes; a test that sets thousands of PINs lowers it.</summary>
    public int PinIterations { get; init; } = PinHasher.DefaultIterations;

    /// <summary>Gives the model of the conversation's course when the first message needs it; without it the rules decide alone.</summary>
    public Func<SequenceModel?> Sequence { get; init; } = () => null;
}
