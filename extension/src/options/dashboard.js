import { errorText } from "./format.js";
import { createAssignmentSection } from "./sections/assignment-section.js";
import { createContactsSection } from "./sections/contacts-section.js";
import { createDigestsSection } from "./sections/digests-section.js";
import { createPauseSection } from "./sections/pause-section.js";
import { createPinSection } from "./sections/pin-section.js";
import { createProfilesSection } from "./sections/profiles-section.js";
import { createReviewsSection } from "./sections/reviews-section.js";
import { createSettingsSection } from "./sections/settings-section.js";
import { createWeekSection } from "./sections/week-section.js";

const asList = (value) => (Array.isArray(value) ? value : []);

function normalize(overview) {
  return {
    week: overview.week ?? "",
    profiles: asList(overview.profiles),
    settings: overview.settings ?? {},
    installProfile: overview.installProfile ?? null,
    pausedUntil: overview.pausedUntil ?? null,
    feedback: asList(overview.feedback),
    storageProblems: asList(overview.storageProblems),
    pinSetAt: overview.pinSetAt ?? null,
  };
}

// The unlocked parent view: one overview from the host, shared by sections that each own one job.
export function createDashboard({ doc, client, t, timers, now, onLocked }) {
  const status = doc.getElementById("dash-status");
  let state = null;

  const apply = (patch) => {
    state = { ...state, ...patch };
    for (const section of sections) section.update(state);
  };
  const context = { doc, client, t, timers, now, apply };
  const sections = [
    createWeekSection(context),
    createPauseSection(context),
    createAssignmentSection(context),
    createProfilesSection(context),
    createDigestsSection(context),
    createReviewsSection(context),
    createContactsSection(context),
    createSettingsSection(context),
    createPinSection(context),
  ];

  // Counts resets: an overview asked for before the page locked is dropped when it arrives after.
  let resets = 0;

  async function open() {
    status.textContent = "";
    const asked = resets;
    try {
      const { ok, type, ...overview } = await client.call("parent.overview");
      if (asked !== resets) return;
      apply(normalize(overview));
    } catch (error) {
      if (error.code !== "session_required") status.textContent = errorText(t, error);
    }
  }

  // Nothing a parent saw stays on the page after it locks.
  function reset() {
    resets += 1;
    state = null;
    status.textContent = "";
    for (const section of sections) section.reset();
  }

  doc.getElementById("lock-button").addEventListener("click", async () => {
    await client.lock();
    reset();
    onLocked();
  });

  return { open, reset };
}
