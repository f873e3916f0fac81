export function element(doc, tag, attributes = {}, children = []) {
  const el = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

export function localize(root, t) {
  const doc = root.ownerDocument ?? root;
  doc.documentElement.lang = t("localeCode");
  for (const el of root.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
}

// A list that re-renders removes the button that had focus; send focus somewhere that says what happened.
export function keepFocus(doc, fallback) {
  if (!doc.activeElement || doc.activeElement === doc.body) fallback.focus();
}

// Keeps the choice the parent made if it still exists after the options change.
export function fillSelect(select, options) {
  const doc = select.ownerDocument;
  const previous = select.value;
  select.replaceChildren(...options.map(({ value, label }) => element(doc, "option", { value }, [label])));
  if (options.some((option) => option.value === previous)) select.value = previous;
}
