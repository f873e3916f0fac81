namespace SafeBrowse.Detection;

/// <summary>
/// The tracked contacts from the most to the least recently used, so the engine can let the oldest go. Linked through
/// the states themselves (<see cref="ContactState.Newer"/>, <see cref="ContactState.Older"/>): a
/// <see cref="LinkedListNode{T}"/> for each of up to 10,000 contacts cost 48 bytes on top of the two links.
/// </summary>
internal sealed class ContactRecency
{
    private ContactState? newest;

    public ContactState? Oldest { get; private set; }

    public void AddNewest(ContactState state)
    {
        state.Older = newest;
        state.Newer = null;
        if (newest is not null)
        {
            newest.Newer = state;
        }

        newest = state;
        Oldest ??= state;
    }

    public void MoveToNewest(ContactState state)
    {
        if (!ReferenceEquals(state, newest))
        {
            Remove(state);
            AddNewest(state);
        }
    }

    public void Remove(ContactState state)
    {
        if (state.Newer is { } newer)
        {
            newer.Older = state.Older;
        }
        else
        {
            newest = state.Older;
        }

        if (state.Older is { } older)
        {
            older.Newer = state.Newer;
        }
        else
        {
            Oldest = state.Newer;
        }

        state.Newer = null;
        state.Older = null;
    }

    public IEnumerable<ContactState> NewestFirst()
    {
        for (var state = newest; state is not null; state = state.Older)
        {
            yield return state;
        }
    }
}
