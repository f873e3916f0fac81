namespace SafeBrowse.Host.Messaging;

/// <summary>A request on its way to its reply, and whether it is worked out beside the serving loop rather than on it.</summary>
internal readonly record struct RoutedRequest(Task<RoutedReply> Reply, bool RunsOffServingLoop)
{
    public static RoutedRequest Answered(RoutedReply reply) => new(Task.FromResult(reply), RunsOffServingLoop: false);
}
