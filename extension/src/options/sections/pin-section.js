// When the parents' PIN in use was set: a parent who did not set it then learns someone else did.
export function createPinSection({ doc, t }) {
  const line = doc.getElementById("pin-set-at");

  function update({ pinSetAt }) {
    const when = new Date(pinSetAt ?? Number.NaN);
    line.textContent = Number.isNaN(when.getTime())
      ? ""
      : t("dashPinSetAt", [new Intl.DateTimeFormat(t("localeCode"), { weekday: "long", day: "numeric", month: "long", year: "numeric" }).format(when)]);
  }

  function reset() {
    line.textContent = "";
  }

  return { update, reset };
}
