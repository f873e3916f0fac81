import { errorText } from "../format.js";

// Runs one parent action at a time per section and says what went wrong in words a parent can act on.
// A lost session needs no message here: the page is already back at the lock screen.
export function createActor(t, errorElement) {
  let busy = false;
  return async function act(work) {
    if (busy) return false;
    busy = true;
    errorElement.textContent = "";
    try {
      await work();
      return true;
    } catch (error) {
      if (error?.code !== "session_required") errorElement.textContent = errorText(t, error);
      return false;
    } finally {
      busy = false;
    }
  };
}

// Re-rendering a list only when its data changed keeps the parent's focus where it was.
export function changeTracker() {
  let last;
  const changed = (value) => {
    const next = JSON.stringify(value);
    if (next === last) return false;
    last = next;
    return true;
  };
  changed.forget = () => (last = undefined);
  return changed;
}
