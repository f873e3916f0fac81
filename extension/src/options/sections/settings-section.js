import { fillSelect } from "../../shared/elements.js";
import { createActor } from "./act.js";

const MIN_DAYS = 7;
const MAX_DAYS = 365;

// Family-wide settings. The form follows the host only when the host's settings change, so edits survive.
export function createSettingsSection({ doc, client, t, apply }) {
  const form = doc.getElementById("settings-form");
  const retention = doc.getElementById("settings-retention");
  const defaultProfile = doc.getElementById("settings-default");
  const error = doc.getElementById("settings-error");
  const status = doc.getElementById("settings-status");
  const act = createActor(t, error);
  let shown;

  const check = (name, value) => {
    for (const radio of form.querySelectorAll(`input[name="${name}"]`)) radio.checked = radio.value === value;
  };
  const checked = (name) => form.querySelector(`input[name="${name}"]:checked`)?.value;

  function update({ profiles, settings }) {
    fillSelect(defaultProfile, [{ value: "", label: t("settingsDefaultNone") }, ...profiles.map((p) => ({ value: p.name, label: p.name }))]);
    const next = JSON.stringify(settings);
    if (next === shown) return;
    shown = next;
    check("sensitivity", settings.sensitivity);
    check("excerpts", settings.excerpts);
    retention.value = Number.isInteger(settings.retentionDays) ? String(settings.retentionDays) : "";
    defaultProfile.value = settings.defaultProfile ?? "";
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    status.textContent = "";
    const retentionDays = Number(retention.value);
    if (!Number.isInteger(retentionDays) || retentionDays < MIN_DAYS || retentionDays > MAX_DAYS) {
      error.textContent = t("settingsRetentionInvalid");
      retention.setAttribute("aria-invalid", "true");
      retention.focus();
      return;
    }
    retention.removeAttribute("aria-invalid");
    const settings = {
      sensitivity: checked("sensitivity") ?? "standard",
      excerpts: checked("excerpts") ?? "never",
      retentionDays,
      defaultProfile: defaultProfile.value || null,
    };
    act(async () => {
      const reply = await client.call("parent.save-settings", { settings });
      apply({ settings: reply.settings ?? settings });
      status.textContent = t("settingsSaved");
    });
  });

  function reset() {
    shown = undefined;
    form.reset();
    error.textContent = "";
    status.textContent = "";
  }

  return { update, reset };
}
