import { fillSelect } from "../../shared/elements.js";
import { createActor } from "./act.js";

const nameOf = (installProfile) => (typeof installProfile === "string" ? installProfile : installProfile?.name ?? "");

// Which child uses this browser profile; the host uses that child's age, language and country here.
export function createAssignmentSection({ doc, client, t, apply }) {
  const form = doc.getElementById("assign-form");
  const select = doc.getElementById("assign-select");
  const status = doc.getElementById("assign-status");
  const act = createActor(t, status);
  let shown;

  function update({ profiles, installProfile }) {
    fillSelect(select, [{ value: "", label: t("assignDefault") }, ...profiles.map((p) => ({ value: p.name, label: p.name }))]);
    // Only a change from the host moves the choice, so an unsaved choice survives other updates.
    const name = nameOf(installProfile);
    if (name !== shown) select.value = name;
    shown = name;
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    act(async () => {
      const reply = await client.call("parent.assign", { profile: select.value || null });
      apply({ installProfile: reply.installProfile ?? null });
      status.textContent = select.value ? t("assignSaved", [select.value]) : t("assignSavedDefault");
    });
  });

  function reset() {
    shown = undefined;
    select.replaceChildren();
    status.textContent = "";
  }

  return { update, reset };
}
