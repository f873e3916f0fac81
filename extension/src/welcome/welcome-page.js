import { element } from "../options/dom.js";

// The same services the notice offers, so the child has seen them before a note ever appears.
function helplineList(doc, t, entry) {
  const items = entry.lines.map((line) => {
    const parts = [element(doc, "strong", {}, [line.name])];
    if (line.phone) parts.push(" ", element(doc, "a", { href: `tel:${line.phone.replace(/[^\d+]/g, "")}` }, [t("helpCall", [line.phone])]));
    if (line.url) {
      const label = new URL(line.url).hostname.replace(/^www\./, "");
      const hint = element(doc, "span", { class: "hint" }, [` ${t("helpOpensNewTab")}`]);
      parts.push(" ", element(doc, "a", { href: line.url, target: "_blank", rel: "noopener noreferrer" }, [label, hint]));
    }
    return element(doc, "li", {}, parts);
  });
  return [element(doc, "p", {}, [t("helpIntro")]), element(doc, "ul", {}, items), element(doc, "p", {}, [t("helpEmergency", [entry.emergency])])];
}

// The child's first-run page: what SafeBrowse does and does not do, what a note looks like, and who to talk to.
export function localizeWelcome(doc, t) {
  doc.documentElement.lang = t("localeCode");
  for (const el of doc.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
}

export function renderHelplines(doc, t, helplineEntry) {
  doc.getElementById("helplines").replaceChildren(...helplineList(doc, t, helplineEntry));
}
