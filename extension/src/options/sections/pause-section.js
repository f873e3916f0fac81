import { formatTime, isFuture } from "../../shared/time-format.js";
import { keepFocus } from "../../shared/elements.js";
import { createActor } from "./act.js";

// Pauses protection on this computer for a while; it comes back by itself when the time is up.
export function createPauseSection({ doc, client, t, timers, now, apply }) {
  const stateText = doc.getElementById("pause-state");
  const resume = doc.getElementById("pause-resume");
  const act = createActor(t, doc.getElementById("pause-error"));
  let expiry = null;
  let current = null;

  function update({ pausedUntil }) {
    current = pausedUntil;
    timers.clearTimeout(expiry);
    const at = new Date(now());
    const paused = isFuture(pausedUntil, at);
    stateText.textContent = paused ? t("pauseUntil", [formatTime(pausedUntil, t("localeCode"), at)]) : t("pauseOff");
    resume.hidden = !paused;
    if (paused) expiry = timers.setTimeout(() => update({ pausedUntil: current }), Date.parse(pausedUntil) - at.getTime());
  }

  const pause = (minutes) =>
    act(async () => {
      const reply = await client.call("parent.pause", { minutes });
      apply({ pausedUntil: reply.pausedUntil ?? null });
      keepFocus(doc, stateText);
    });

  for (const button of doc.querySelectorAll("#pause-buttons button")) {
    button.addEventListener("click", () => pause(Number(button.dataset.minutes)));
  }
  resume.addEventListener("click", () => pause(0));

  function reset() {
    timers.clearTimeout(expiry);
    stateText.textContent = "";
  }

  return { update, reset };
}
