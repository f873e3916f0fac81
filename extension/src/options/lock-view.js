import { startCountdown } from "./countdown.js";
import { errorText, formatWait } from "./format.js";

// PIN entry. After wrong tries the host makes the next one wait; the button stays off until then.
export function createLockView({ doc, client, t, timers, now, onUnlocked, onPinNotSet }) {
  const form = doc.getElementById("lock-form");
  const pin = doc.getElementById("lock-pin");
  const submitButton = doc.getElementById("lock-submit");
  const note = doc.getElementById("lock-note");
  const error = doc.getElementById("lock-error");
  const wait = doc.getElementById("lock-wait");
  let countdown = null;
  let busy = false;

  function stopWaiting() {
    countdown?.stop();
    countdown = null;
    wait.hidden = true;
    wait.textContent = "";
    submitButton.disabled = false;
  }

  function waitFor(seconds) {
    stopWaiting();
    if (!(seconds > 0)) return;
    submitButton.disabled = true;
    wait.hidden = false;
    countdown = startCountdown({
      seconds,
      timers,
      now,
      onTick: (left) => (wait.textContent = t("lockWait", [formatWait(left)])),
      onDone: () => {
        stopWaiting();
        error.textContent = "";
        note.textContent = t("lockReady");
      },
    });
  }

  function show({ noteKey = "", retryAfterSeconds = 0 } = {}) {
    pin.value = "";
    pin.removeAttribute("aria-invalid");
    error.textContent = "";
    note.textContent = noteKey ? t(noteKey) : "";
    waitFor(retryAfterSeconds);
  }

  async function submit(event) {
    event.preventDefault();
    if (busy || submitButton.disabled) return;
    if (pin.value === "") {
      pin.setAttribute("aria-invalid", "true");
      error.textContent = t("lockEmpty");
      pin.focus();
      return;
    }
    busy = true;
    note.textContent = "";
    try {
      await client.call("parent.unlock", { pin: pin.value });
      pin.value = "";
      stopWaiting();
      onUnlocked();
    } catch (problem) {
      pin.value = "";
      pin.focus();
      if (problem.code === "pin_not_set") onPinNotSet();
      else if (problem.code === "pin_wrong" || problem.code === "pin_locked") {
        pin.setAttribute("aria-invalid", "true");
        error.textContent = t(problem.code === "pin_wrong" ? "lockWrong" : "lockTooManyTries");
        waitFor(problem.retryAfterSeconds);
      } else error.textContent = errorText(t, problem);
    } finally {
      busy = false;
    }
  }

  form.addEventListener("submit", submit);
  return { show };
}
