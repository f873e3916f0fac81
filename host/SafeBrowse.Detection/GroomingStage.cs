namespace SafeBrowse.Detection;

/// <summary>
/// The stages of the grooming-stage literature (O'Connell 2003; Lorenzo-Dus et al. 2016), in their usual order.
/// Black et al. (2015) found online groomers skip and reorder them, so the order is a feature, never a gate.
/// </summary>
internal enum GroomingStage
{
    TrustBuilding,
    Isolation,
    Secrecy,
    Sexualisation,
    Meeting,
}
