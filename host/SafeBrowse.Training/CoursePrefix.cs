namespace SafeBrowse.Training;

/// <summary>The sequence model's inputs after one of the contact's messages, at a point where the course may speak.</summary>
/// <param name="ContactMessage">How many of the contact's messages the prefix holds (from 1).</param>
/// <param name="Features">In the order of <c>CourseFeatures.Names</c>.</param>
internal sealed record CoursePrefix(int ContactMessage, float[] Features);
