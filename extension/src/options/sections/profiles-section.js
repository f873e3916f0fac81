import { element, fillSelect, keepFocus } from "../../shared/elements.js";
import { COUNTRIES, LANGUAGES, ageLabel, countryLabel, languageLabel } from "../profile-choices.js";
import { changeTracker, createActor } from "./act.js";

// Children's profiles: add one, or edit the name, age band, language and country of one.
export function createProfilesSection({ doc, client, t, apply }) {
  const list = doc.getElementById("profiles-list");
  const form = doc.getElementById("profile-form");
  const formTitle = doc.getElementById("profile-form-title");
  const name = doc.getElementById("profile-name");
  const age = doc.getElementById("profile-age");
  const language = doc.getElementById("profile-language");
  const country = doc.getElementById("profile-country");
  const cancel = doc.getElementById("profile-cancel");
  const error = doc.getElementById("profile-error");
  const status = doc.getElementById("profiles-status");
  const act = createActor(t, error);
  const changed = changeTracker();
  let editing = null;

  fillSelect(language, LANGUAGES.map((code) => ({ value: code, label: languageLabel(code) })));
  fillSelect(country, COUNTRIES.map((code) => ({ value: code, label: countryLabel(t, code) })));

  function startAdding() {
    editing = null;
    formTitle.textContent = t("profileAddTitle");
    name.value = "";
    name.removeAttribute("aria-invalid");
    age.value = "10_12";
    language.value = t("localeCode");
    country.value = t("localeCode") === "es" ? "CO" : "US";
    cancel.hidden = true;
    error.textContent = "";
  }

  function startEditing(profile) {
    editing = profile.name;
    formTitle.textContent = t("profileEditTitle", [profile.name]);
    name.value = profile.name;
    age.value = profile.ageBand;
    language.value = profile.language;
    country.value = profile.country;
    cancel.hidden = false;
    error.textContent = "";
    formTitle.focus();
  }

  function item(profile) {
    const summary = [ageLabel(t, profile.ageBand), languageLabel(profile.language), countryLabel(t, profile.country)].join(" · ");
    const edit = element(doc, "button", { type: "button", class: "secondary" }, [t("profileEdit", [profile.name])]);
    edit.addEventListener("click", () => startEditing(profile));
    return element(doc, "li", {}, [element(doc, "p", {}, [element(doc, "strong", {}, [profile.name]), ` — ${summary}`]), edit]);
  }

  function update({ profiles }) {
    if (!changed(profiles.map(({ name: n, ageBand, language: l, country: c }) => [n, ageBand, l, c]))) return;
    list.replaceChildren(...profiles.map(item));
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const profile = { name: name.value.trim(), ageBand: age.value, language: language.value, country: country.value };
    if (!profile.name) {
      error.textContent = t("profileNameMissing");
      name.setAttribute("aria-invalid", "true");
      name.focus();
      return;
    }
    name.removeAttribute("aria-invalid");
    act(async () => {
      const fields = editing ? { profile, previousName: editing } : { profile };
      const reply = await client.call("parent.save-profile", fields);
      if (Array.isArray(reply.profiles)) apply({ profiles: reply.profiles });
      startAdding();
      status.textContent = t("profileSaved", [profile.name]);
      keepFocus(doc, status);
    });
  });

  cancel.addEventListener("click", () => {
    startAdding();
    formTitle.focus();
  });

  startAdding();
  return {
    update,
    reset() {
      changed.forget();
      list.replaceChildren();
      startAdding();
      status.textContent = "";
    },
  };
}
