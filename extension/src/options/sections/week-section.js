import { formatTime } from "../../shared/time-format.js";
import { element } from "../../shared/elements.js";
import { formatNumber, formatWeek } from "../format.js";
import { changeTracker } from "./act.js";

const METRICS = [
  ["notices", "weekNotices"],
  ["alerts", "weekAlerts"],
  ["contactsRaised", "weekContacts"],
  ["feedback", "weekFeedback"],
  ["inactiveHours", "weekInactive"],
];
const PROBLEM_KEYS = { database_replaced: "storageReplaced", write_failed: "storageWriteFailed" };

// This week per child, and a banner when the host could not keep its records.
export function createWeekSection({ doc, t, now }) {
  const title = doc.getElementById("week-title");
  const cards = doc.getElementById("week-cards");
  const empty = doc.getElementById("week-empty");
  const banner = doc.getElementById("storage-banner");
  const problems = doc.getElementById("storage-list");
  const changed = changeTracker();

  function card(profile, index) {
    const headingId = `week-card-${index}`;
    const rows = METRICS.map(([field, key]) =>
      element(doc, "div", {}, [element(doc, "dt", {}, [t(key)]), element(doc, "dd", {}, [formatNumber(t, profile.week?.[field])])]),
    );
    return element(doc, "article", { class: "card", "aria-labelledby": headingId }, [
      element(doc, "h4", { id: headingId }, [profile.name]),
      element(doc, "dl", {}, rows),
    ]);
  }

  function problem(item) {
    const key = PROBLEM_KEYS[item.kind] ?? "storageOther";
    return element(doc, "li", {}, [t(key, [formatTime(item.time, t("localeCode"), new Date(now()))])]);
  }

  function update({ week, profiles, storageProblems }) {
    if (!changed({ week, profiles: profiles.map((p) => [p.name, p.week]), storageProblems })) return;
    title.textContent = t("weekTitle", [formatWeek(t, week)]);
    cards.replaceChildren(...profiles.map(card));
    empty.hidden = profiles.length > 0;
    problems.replaceChildren(...storageProblems.map(problem));
    banner.hidden = storageProblems.length === 0;
  }

  function reset() {
    changed.forget();
    title.textContent = "";
    cards.replaceChildren();
    problems.replaceChildren();
    banner.hidden = true;
  }

  return { update, reset };
}
