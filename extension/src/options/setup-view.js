import { errorText } from "./format.js";

const MIN_PIN = 6;
const MAX_PIN = 64;

// Welcome for a family without a PIN: what SafeBrowse does and shows, and an invitation to set a PIN.
export function createSetupView({ doc, client, t, onPinSet }) {
  const form = doc.getElementById("setup-form");
  const pin = doc.getElementById("setup-pin");
  const again = doc.getElementById("setup-pin-again");
  const error = doc.getElementById("setup-error");
  const laterNote = doc.getElementById("setup-later-note");
  let busy = false;

  function fail(key, field) {
    error.textContent = t(key);
    field.setAttribute("aria-invalid", "true");
    field.focus();
  }

  function reset() {
    pin.value = "";
    again.value = "";
    error.textContent = "";
    laterNote.textContent = "";
    for (const field of [pin, again]) field.removeAttribute("aria-invalid");
  }

  async function submit(event) {
    event.preventDefault();
    if (busy) return;
    error.textContent = "";
    for (const field of [pin, again]) field.removeAttribute("aria-invalid");
    if (pin.value.length < MIN_PIN || pin.value.length > MAX_PIN) return fail("setupPinLength", pin);
    if (again.value !== pin.value) return fail("setupPinMismatch", again);
    busy = true;
    try {
      await client.call("parent.set-pin", { pin: pin.value });
      reset();
      onPinSet();
    } catch (problem) {
      if (problem.code !== "session_required") error.textContent = errorText(t, problem);
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
