namespace SafeBrowse.Detection;

public interface IMessageScorer
{
    MessageScore Score(string text);
}
