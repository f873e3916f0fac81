using System.Text.Json;
using Microsoft.Extensions.Logging;
using SafeBrowse.Detection;
using SafeBrowse.Host.Family;
using SafeBrowse.Host.Json;
using SafeBrowse.Host.Messaging;

namespace SafeBrowse.Host.Handlers;

/// <summary>Feeds a batch of observed messages to the risk engine in page order and answers one decision per conversation:
/// its state after the batch, to be notified if any message of the batch called for it. Notices shown are recorded
/// for the parent; while a parent's pause runs nothing is scored or recorded.</summary>
internal sealed partial class ScoreHandler(
    RiskEngine riskEngine,
    ChildProfileResolver profiles,
    FamilyStorage storage,
    FlaggedEventRecorder recorder,
    TimeProvider clock,
    ILogger<ScoreHandler> logger) : IRequestHandler
{
    private static readonly IReadOnlySet<string> NoContacts = new HashSet<string>();

    public string Type => "score";

    public ValueTask<byte[]> HandleAsync(RequestEnvelope envelope, JsonElement request, CancellationToken cancellationToken)
    {
        var score = request.Deserialize(ProtocolJsonContext.Default.ScoreRequest)
            ?? throw new ProtocolException(ErrorCodes.BadRequest, "The score request is empty.");
        ScoreRequestValidator.Validate(score);

        var observedAt = clock.GetUtcNow();
        var profile = profiles.Current();
        if (profile is not null && IsPaused(profile.Id, observedAt))
        {
            LogPaused(logger, envelope.Id, score.Messages.Count);
            return Reply(envelope, [], paused: true);
        }

        var trusted = TrustedOnSite(profile, score.Site);
        var latestByConversation = new Dictionary<string, ConversationDecision>(StringComparer.Ordinal);
        var notified = new List<NotifiedDecision>();
        var textLength = 0;
        var incoming = 0;
        var history = 0;
        for (var index = 0; index < score.Messages.Count; index++)
        {
            var message = score.Messages[index];
            textLength += message.Text.Length;
            var direction = ScoreRequestValidator.ParseDirection(message.Direction, $"messages[{index}]");
            incoming += direction == MessageDirection.Incoming ? 1 : 0;
            history += message.History ? 1 : 0;
            var observed = new ObservedMessage(
                message.Conversation,
                message.Contact,
                direction,
                message.Text,
                observedAt,
                message.History,
                message.Key,
                trusted.Contains(message.Contact));
            var decision = riskEngine.Observe(observed);
            if (decision.Notify)
            {
                notified.Add(new NotifiedDecision(decision, message.Text));
            }

            var notifiedEarlierInBatch = latestByConversation.TryGetValue(message.Conversation, out var earlier) && earlier.Notify;
            latestByConversation[message.Conversation] = decision with { Notify = decision.Notify || notifiedEarlierInBatch };
        }

        if (profile is not null)
        {
            recorder.Record(profile, score.Site, notified);
        }

        var raised = latestByConversation.Values.Count(decision => decision.Level != RiskLevel.None);
        LogScored(logger, envelope.Id, score.Messages.Count, incoming, history, textLength, raised);
        return Reply(envelope, [.. latestByConversation.Values.Select(ToDto)], paused: false);
    }

    private bool IsPaused(long profileId, DateTimeOffset now)
    {
        try
        {
            return storage.Database?.Pauses.Active(profileId, now) is not null;
        }
        catch (Storage.StorageUnavailableException)
        {
            return false;
        }
    }

    // Read for every batch, so a parent's mark set through another host process applies from the next message on.
    private IReadOnlySet<string> TrustedOnSite(Storage.ChildProfile? profile, string site)
    {
        try
        {
            return profile is not null && storage.Database is { } database ? database.TrustedContacts.OnSite(profile.Id, site) : NoContacts;
        }
        catch (Storage.StorageUnavailableException)
        {
            return NoContacts;
        }
    }

    private ValueTask<byte[]> Reply(RequestEnvelope envelope, IReadOnlyList<DecisionDto> decisions, bool paused)
    {
        var response = new ScoreResponse(RequestRouter.ProtocolVersion, envelope.Id, Type, Ok: true, decisions, paused);
        return ValueTask.FromResult(JsonSerializer.SerializeToUtf8Bytes(response, ProtocolJsonContext.Default.ScoreResponse));
    }

    private static DecisionDto ToDto(ConversationDecision decision) => new(
        decision.Conversation,
        decision.Contact,
        RiskLevelNames.Of(decision.Level),
        decision.Categories,
        decision.Notify);

    // Counts only, never text: the end-to-end tests check from them that a page's messages arrived as the page shows them.
    [LoggerMessage(Level = LogLevel.Information, Message = "Scored request {RequestId}: {MessageCount} messages ({IncomingCount} incoming, {HistoryCount} history), {TextLength} characters, {RaisedCount} conversations raised")]
    private static partial void LogScored(ILogger logger, string requestId, int messageCount, int incomingCount, int historyCount, int textLength, int raisedCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Request {RequestId} not scored: a parent paused protection ({MessageCount} messages)")]
    private static partial void LogPaused(ILogger logger, string requestId, int messageCount);
}
