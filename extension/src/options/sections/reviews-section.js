import { formatTime } from "../../shared/time-format.js";
import { element, keepFocus } from "../../shared/elements.js";
import { categoryLabel } from "../category-labels.js";
import { changeTracker, createActor } from "./act.js";

const VERDICT_KEYS = { agree: "reviewAgreed", disagree: "reviewDisagreed" };

// "This was wrong" reports from the children: the parent agrees (the notice was wrong) or not. Once they agree they
// may also make SafeBrowse forget the risk it kept about that contact, which otherwise outlives browser restarts.
export function createReviewsSection({ doc, client, t, now, apply }) {
  const list = doc.getElementById("reviews-list");
  const empty = doc.getElementById("reviews-empty");
  const status = doc.getElementById("reviews-status");
  const act = createActor(t, status);
  const changed = changeTracker();
  let feedback = [];

  const review = (item, verdict) =>
    act(async () => {
      await client.call("parent.review", { feedbackId: item.id, verdict });
      apply({ feedback: feedback.map((f) => (f.id === item.id ? { ...f, verdict } : f)) });
      status.textContent = t(verdict === "agree" ? "reviewAgreedStatus" : "reviewDisagreedStatus");
      keepFocus(doc, status);
    });

  const forget = (contact) =>
    act(async () => {
      await client.call("parent.clear-contact", { contact });
      status.textContent = t("reviewForgotStatus", [contact]);
      keepFocus(doc, status);
    });

  function entry(item, index) {
    const summaryId = `review-${index}`;
    const who = item.profile ?? t("reviewNoProfile");
    const when = formatTime(item.time, t("localeCode"), new Date(now()));
    const categories = (Array.isArray(item.categories) ? item.categories : []).map((id) => categoryLabel(t, id)).join(", ");
    const parts = [
      element(doc, "p", { id: summaryId }, [t("reviewSummary", [who, String(item.contact ?? ""), String(item.site ?? ""), when])]),
    ];
    if (categories) parts.push(element(doc, "p", { class: "hint" }, [t("reviewCategories", [categories])]));
    if (Object.hasOwn(VERDICT_KEYS, item.verdict ?? "")) {
      parts.push(element(doc, "p", { class: "state" }, [t(VERDICT_KEYS[item.verdict])]));
      if (item.verdict === "agree" && item.contact) {
        const button = element(doc, "button", { type: "button", class: "secondary", "aria-describedby": summaryId }, [
          t("reviewForget", [String(item.contact)]),
        ]);
        button.addEventListener("click", () => forget(String(item.contact)));
        parts.push(element(doc, "div", { class: "actions" }, [button]));
      }
    } else {
      const button = (verdict, key) => {
        const el = element(doc, "button", { type: "button", class: "secondary", "aria-describedby": summaryId }, [t(key)]);
        el.addEventListener("click", () => review(item, verdict));
        return el;
      };
      parts.push(element(doc, "div", { class: "actions" }, [button("agree", "reviewAgree"), button("disagree", "reviewDisagree")]));
    }
    return element(doc, "li", { class: "review" }, parts);
  }

  function update(state) {
    feedback = state.feedback;
    if (!changed(feedback)) return;
    // Open reports first: they are what the parent came to answer.
    const ordered = [...feedback.filter((f) => !f.verdict), ...feedback.filter((f) => f.verdict)];
    list.replaceChildren(...ordered.map(entry));
    empty.hidden = feedback.length > 0;
  }

  function reset() {
    changed.forget();
    feedback = [];
    list.replaceChildren();
    status.textContent = "";
  }

  return { update, reset };
}
