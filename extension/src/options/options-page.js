import { withFixCommands } from "../shared/fix-commands.js";
import { createDashboard } from "./dashboard.js";
import { localize } from "../shared/elements.js";
import { errorText } from "./format.js";
import { createLockView } from "./lock-view.js";
import { createParentClient } from "./parent-client.js";
import { createSetupView } from "./setup-view.js";

const VIEWS = ["loading", "setup", "lock", "dashboard"];

// The parent pages: a welcome and PIN setup, the lock screen, and the dashboard once unlocked.
export function startOptionsPage({ doc, runtime, i18n, os = null, timers = globalThis, now = () => Date.now() }) {
  const t = withFixCommands((key, substitutions) => i18n.getMessage(key, substitutions), os);
  localize(doc, t);

  const loadingError = doc.getElementById("loading-error");
  const retry = doc.getElementById("loading-retry");

  function show(name, focusTarget) {
    for (const view of VIEWS) doc.getElementById(`view-${view}`).hidden = view !== name;
    (focusTarget ?? doc.getElementById(`view-${name}`).querySelector("h2")).focus();
  }

  const client = createParentClient({
    sendMessage: (message) => runtime.sendMessage(message),
    onSessionLost: () => showLock({ noteKey: "lockSessionEnded" }),
  });
  const dashboard = createDashboard({ doc, client, t, timers, now, onLocked: () => showLock({ noteKey: "lockLockedNote" }) });
  const setup = createSetupView({ doc, client, t, onPinSet: () => showDashboard() });
  const lock = createLockView({
    doc,
    client,
    t,
    timers,
    now,
    onUnlocked: () => showDashboard(),
    onPinNotSet: () => start(),
  });

  function showSetup(status = {}) {
    setup.reset({ setupCodeReady: status.setupCodeReady !== false });
    show("setup");
  }

  function showLock(options) {
    dashboard.reset();
    lock.show(options);
    show("lock", doc.getElementById("lock-pin"));
  }

  async function showDashboard() {
    show("dashboard");
    await dashboard.open();
  }

  async function start() {
    loadingError.textContent = "";
    retry.hidden = true;
    try {
      const status = await client.call("parent.status");
      if (status.pinSet) showLock({ retryAfterSeconds: status.retryAfterSeconds });
      else showSetup(status);
    } catch (error) {
      loadingError.textContent = errorText(t, error);
      retry.hidden = false;
    }
  }

  retry.addEventListener("click", () => start());
  return { ready: start() };
}
