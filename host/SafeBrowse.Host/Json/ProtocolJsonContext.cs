using System.Text.Json.Serialization;

namespace SafeBrowse.Host.Json;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    MaxDepth = ProtocolJsonContext.MaxDepth)]
[JsonSerializable(typeof(AssignRequest))]
[JsonSerializable(typeof(AssignResponse))]
[JsonSerializable(typeof(ClearContactRequest))]
[JsonSerializable(typeof(ClearContactResponse))]
[JsonSerializable(typeof(ContactsRequest))]
[JsonSerializable(typeof(ContactsResponse))]
[JsonSerializable(typeof(TrustContactRequest))]
[JsonSerializable(typeof(DigestRequest))]
[JsonSerializable(typeof(DigestResponse))]
[JsonSerializable(typeof(FeedbackRequest))]
[JsonSerializable(typeof(FeedbackResponse))]
[JsonSerializable(typeof(HeartbeatRequest))]
[JsonSerializable(typeof(HeartbeatResponse))]
[JsonSerializable(typeof(HelloRequest))]
[JsonSerializable(typeof(OkResponse))]
[JsonSerializable(typeof(OverviewRequest))]
[JsonSerializable(typeof(OverviewResponse))]
[JsonSerializable(typeof(ParentStatusRequest))]
[JsonSerializable(typeof(ParentStatusResponse))]
[JsonSerializable(typeof(PauseRequest))]
[JsonSerializable(typeof(PauseResponse))]
[JsonSerializable(typeof(PinRequest))]
[JsonSerializable(typeof(ProfilesResponse))]
[JsonSerializable(typeof(ReviewRequest))]
[JsonSerializable(typeof(SaveProfileRequest))]
[JsonSerializable(typeof(SaveSettingsRequest))]
[JsonSerializable(typeof(SessionRequest))]
[JsonSerializable(typeof(SessionResponse))]
[JsonSerializable(typeof(SettingsResponse))]
[JsonSerializable(typeof(HelloResponse))]
[JsonSerializable(typeof(ScoreRequest))]
[JsonSerializable(typeof(ScoreResponse))]
[JsonSerializable(typeof(ErrorResponse))]
internal sealed partial class ProtocolJsonContext : JsonSerializerContext
{
    public const int MaxDepth = 16;
}
