namespace SafeBrowse.Training;

/// <summary>One corpus as recorded in model-info.json.</summary>
internal sealed record TrainingSourceInfo(string Name, string File, string Licence, int Conversations, int TrainConversations, int TestConversations);
