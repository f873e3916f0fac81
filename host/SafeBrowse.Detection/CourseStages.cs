using static SafeBrowse.Detection.DetectionCategories;

namespace SafeBrowse.Detection;

/// <summary>Which <see cref="GroomingStage"/> a category is evidence of; threats and age gap belong to no stage.</summary>
internal static class CourseStages
{
    public const int Count = 5;

    public static GroomingStage? Of(string category) => category switch
    {
        Flattery or Gifts => GroomingStage.TrustBuilding,
        Isolation or PrivateChannel or PersonalInfo => GroomingStage.Isolation,
        Secrecy => GroomingStage.Secrecy,
        SexualTalk or PhotoRequest => GroomingStage.Sexualisation,
        Meeting => GroomingStage.Meeting,
        _ => null,
    };
}
