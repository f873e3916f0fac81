import { formatTime } from "../../shared/time-format.js";
import { element, fillSelect, keepFocus } from "../../shared/elements.js";
import { changeTracker, createActor } from "./act.js";

const KIND_KEYS = { family: "contactsKindFamily", trusted: "contactsKindTrusted" };
const LEVEL_KEYS = { notice: "contactsLevelNotice", alert: "contactsLevelAlert" };
const asList = (value) => (Array.isArray(value) ? value : []);

// Family and trusted contacts of each child: plans to meet, where the child is and ordinary photo requests from them
// raise nothing. The host keeps handles only of contacts who raised a note, so those are offered; any other is typed
// as the chat shows it. Every mark can be taken away again.
export function createContactsSection({ doc, client, t, now }) {
  const profileSelect = doc.getElementById("contacts-profile");
  const trustedList = doc.getElementById("contacts-trusted");
  const trustedEmpty = doc.getElementById("contacts-trusted-empty");
  const recentList = doc.getElementById("contacts-recent");
  const recentEmpty = doc.getElementById("contacts-recent-empty");
  const form = doc.getElementById("contacts-form");
  const siteInput = doc.getElementById("contacts-site");
  const nameInput = doc.getElementById("contacts-name");
  const kindSelect = doc.getElementById("contacts-kind");
  const status = doc.getElementById("contacts-status");
  const act = createActor(t, doc.getElementById("contacts-error"));
  const changedProfiles = changeTracker();
  let shownFor = null;

  const when = (time) => formatTime(time, t("localeCode"), new Date(now()));

  function show(profile, reply) {
    shownFor = profile;
    const trusted = asList(reply.trusted);
    const recent = asList(reply.recent);
    trustedList.replaceChildren(...trusted.map((item, index) => trustedEntry(item, index)));
    recentList.replaceChildren(...recent.map((item, index) => recentEntry(item, index)));
    trustedEmpty.hidden = trusted.length > 0;
    recentEmpty.hidden = recent.length > 0;
  }

  // Remembered before the reply, so an overview arriving meanwhile does not ask again for the same child.
  const load = (profile) => {
    shownFor = profile;
    return act(async () => {
      show(profile, await client.call("parent.contacts", { profile }));
    });
  };

  const mark = (site, contact, kind) =>
    act(async () => {
      const profile = profileSelect.value;
      show(profile, await client.call("parent.trust-contact", { profile, site, contact, kind }));
      status.textContent = kind ? t("contactsMarkedStatus", [contact, t(KIND_KEYS[kind])]) : t("contactsUnmarkedStatus", [contact]);
      keepFocus(doc, status);
    });

  const button = (key, describedBy, onClick, substitutions) => {
    const el = element(doc, "button", { type: "button", class: "secondary", "aria-describedby": describedBy }, [t(key, substitutions)]);
    el.addEventListener("click", onClick);
    return el;
  };

  function trustedEntry(item, index) {
    const id = `contacts-trusted-${index}`;
    const contact = String(item.contact ?? "");
    const kind = Object.hasOwn(KIND_KEYS, item.kind ?? "") ? t(KIND_KEYS[item.kind]) : String(item.kind ?? "");
    return element(doc, "li", { class: "contact" }, [
      element(doc, "p", { id }, [t("contactsTrustedSummary", [contact, String(item.site ?? ""), kind, when(item.setAt)])]),
      element(doc, "div", { class: "actions" }, [
        button("contactsUnmark", id, () => mark(String(item.site ?? ""), contact, null), [contact]),
      ]),
    ]);
  }

  function recentEntry(item, index) {
    const id = `contacts-recent-${index}`;
    const contact = String(item.contact ?? "");
    const site = String(item.site ?? "");
    const level = Object.hasOwn(LEVEL_KEYS, item.level ?? "") ? t(LEVEL_KEYS[item.level]) : String(item.level ?? "");
    return element(doc, "li", { class: "contact" }, [
      element(doc, "p", { id }, [t("contactsRecentSummary", [contact, site, level, when(item.lastSeen)])]),
      element(doc, "div", { class: "actions" }, [
        button("contactsMarkFamily", id, () => mark(site, contact, "family"), [contact]),
        button("contactsMarkTrusted", id, () => mark(site, contact, "trusted"), [contact]),
      ]),
    ]);
  }

  profileSelect.addEventListener("change", () => {
    status.textContent = "";
    load(profileSelect.value);
  });

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const site = siteInput.value.trim().toLowerCase();
    const contact = nameInput.value.trim();
    if (!site || !contact) {
      doc.getElementById("contacts-error").textContent = t("contactsAddMissing");
      return;
    }
    mark(site, contact, kindSelect.value).then((done) => {
      if (done) form.reset();
    });
  });

  function update({ profiles, installProfile }) {
    const names = asList(profiles).map((profile) => String(profile.name));
    if (!changedProfiles(names)) return;
    fillSelect(profileSelect, names.map((name) => ({ value: name, label: name })));
    if (!names.includes(shownFor) && names.includes(installProfile)) profileSelect.value = installProfile;
    if (profileSelect.value && profileSelect.value !== shownFor) load(profileSelect.value);
  }

  function reset() {
    changedProfiles.forget();
    shownFor = null;
    profileSelect.replaceChildren();
    trustedList.replaceChildren();
    recentList.replaceChildren();
    status.textContent = "";
    form.reset();
  }

  return { update, reset };
}
