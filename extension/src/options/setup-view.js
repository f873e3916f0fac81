import { errorText, formatWait } from "./format.js";

const MIN_PIN = 6;
const MAX_PIN = 64;

// Welcome for a family without a PIN: what SafeBrowse does and shows, and an invitation to set a PIN. The first PIN
// needs the setup code the installer printed, so the parent sets it, not whoever opens this page first.
export function createSetupView({ doc, client, t, onPinSet }) {
  const form = doc.getElementById("setup-form");
  const code = doc.getElementById("setup-code");
  const pin = doc.getElementById("setup-pin");
  const again = doc.getElementById("setup-pin-again");
  const error = doc.getElementById("setup-error");
  const laterNote = doc.getElementById("setup-later-note");
  const codeMissing = doc.getElementById("setup-code-missing");
  const fields = [code, pin, again];
  let busy = false;

  function fail(key, field, substitutions) {
    error.textContent = t(key, substitutions);
    field.setAttribute("aria-invalid", "true");
    field.focus();
  }

  function showCodeMissing(missing) {
    codeMissing.hidden = !missing;
    codeMissing.textContent = missing ? t("setupCodeMissing") : "";
  }

  function reset({ setupCodeReady = true } = {}) {
    for (const field of fields) {
      field.value = "";
      field.removeAttribute("aria-invalid");
    }
    error.textContent = "";
    laterNote.textContent = "";
    showCodeMissing(!setupCodeReady);
  }

  function explain(problem) {
    const wait = problem.retryAfterSeconds > 0 ? [formatWait(problem.retryAfterSeconds)] : null;
    if (problem.code === "setup_code_missing") {
      showCodeMissing(true);
      error.textContent = t("setupCodeMissing");
    } else if (problem.code === "setup_code_required") fail("setupCodeEmpty", code);
    else if (wait && (problem.code === "setup_code_wrong" || problem.code === "pin_locked")) fail("setupCodeWait", code, wait);
    else if (problem.code === "setup_code_wrong") fail("setupCodeWrong", code);
    else if (problem.code !== "session_required") error.textContent = errorText(t, problem);
  }

  async function submit(event) {
    event.preventDefault();
    if (busy) return;
    error.textContent = "";
    for (const field of fields) field.removeAttribute("aria-invalid");
    if (code.value.trim() === "") return fail("setupCodeEmpty", code);
    if (pin.value.length < MIN_PIN || pin.value.length > MAX_PIN) return fail("setupPinLength", pin);
    if (again.value !== pin.value) return fail("setupPinMismatch", again);
    busy = true;
    try {
      await client.call("parent.set-pin", { pin: pin.value, setupCode: code.value.trim() });
      reset();
      onPinSet();
    } catch (problem) {
      explain(problem);
    } finally {
      busy = false;
    }
  }

  form.addEventListener("submit", submit);
  doc.getElementById("setup-later").addEventListener("click", () => {
    laterNote.textContent = t("setupLaterNote");
  });

  return { reset };
}
