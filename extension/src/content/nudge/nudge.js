(() => {
  "use strict";
  const ns = Object.getOwnPropertyDescriptor(globalThis, "SafeBrowse").value;

  // Reading the draft on every keystroke would slow a fast typist; a third of a second still feels immediate.
  const EVALUATE_EVERY_MS = 300;
  const EDITABLE = 'textarea, input[type="text"], input:not([type]), [contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]';
  const SIGNAL_MESSAGES = { phone: "nudgePhone", address: "nudgeAddress", school: "nudgeSchool", other_app: "nudgeOtherApp" };
  const SIGNAL_ORDER = Object.keys(SIGNAL_MESSAGES);
  const REMEMBERED_CONVERSATIONS = 500;
  const GAP_PX = 8;

  // The nudge's own rules on the shared card: smaller, in the corner, its choices side by side.
  const STYLES = `${ns.cardStyles.head}
.card {
  padding: 0.75em 1em;
  width: min(22em, calc(100vw - 1em)); max-height: calc(100vh - 1em);
  inset-inline-end: 0.5em; bottom: 0.5em;
}
h2 { margin: 0 0 0.4em; font-size: 1.05em; }
.choices { flex-wrap: wrap; }
button { padding: 0.4em 0.8em; }
.detail { margin-top: 0.5em; }
@media (prefers-reduced-motion: no-preference) {
  .card { animation: rise 160ms ease-out; }
  @keyframes rise { from { opacity: 0; translate: 0 0.4em; } to { opacity: 1; translate: 0 0; } }
}
${ns.cardStyles.tail}
button.ok { background: #ffffff; color: #1a1a1a; border-color: #4b5563; }
`;

  const { element, createHost, raise, LIVE_REGION_FILL_DELAY_MS } = ns.ownUi;

  function editableOf(event) {
    const origin = event.composedPath?.()[0] ?? event.target;
    const el = origin?.nodeType === 1 ? origin : origin?.parentElement;
    const editable = el?.closest?.(EDITABLE);
    if (!editable || ns.ownUi.contains(editable)) return null;
    return editable;
  }

  function draftOf(editable) {
    if (editable.tagName === "TEXTAREA" || editable.tagName === "INPUT") return editable.value;
    // innerText keeps the line breaks between a rich editor's paragraphs; textContent would glue their words together.
    return typeof editable.innerText === "string" ? editable.innerText : editable.textContent;
  }

  // Above the composer when it sits low on the screen (every chat site), below it otherwise; always inside the window.
  function place(card, composer) {
    const view = ns.pageDom.view(composer.ownerDocument);
    const box = composer.getBoundingClientRect();
    if (!view || box.width === 0) return;
    const width = "min(22em, calc(100vw - 1em))";
    card.style.setProperty("inset-inline-end", "auto");
    card.style.setProperty("left", `clamp(0.5em, ${Math.round(box.left)}px, calc(100vw - ${width} - 0.5em))`);
    if (box.top > view.innerHeight / 2) {
      card.style.setProperty("top", "auto");
      card.style.setProperty("bottom", `${Math.round(view.innerHeight - box.top + GAP_PX)}px`);
      card.style.setProperty("max-height", `max(6em, ${Math.round(box.top - 2 * GAP_PX)}px)`);
    } else {
      card.style.setProperty("bottom", "auto");
      card.style.setProperty("top", `${Math.round(box.bottom + GAP_PX)}px`);
      card.style.setProperty("max-height", `max(6em, ${Math.round(view.innerHeight - box.bottom - 2 * GAP_PX)}px)`);
    }
  }

  // A gentle word in the composer before a child shares a personal detail with a contact already noticed.
  // The draft is read where it is typed and forgotten at once: only the kind of detail is remembered, never the text.
  ns.createNudge = ({ doc, t, levelNow, conversationNow = () => globalThis.location.pathname, signal, timers = globalThis }) => {
    const nudged = new Map();
    let pending = null;
    let composer = null;
    let current = null;

    function alreadyNudged(conversation) {
      return nudged.get(conversation) ?? new Set();
    }

    function remember(conversation, signals) {
      const known = alreadyNudged(conversation);
      nudged.delete(conversation);
      nudged.set(conversation, new Set([...known, ...signals]));
      if (nudged.size > REMEMBERED_CONVERSATIONS) nudged.delete(nudged.keys().next().value);
    }

    function hide() {
      if (!current) return;
      const { host, abort, shadow, composer: from } = current;
      const hadFocus = shadow.activeElement !== null;
      current = null;
      abort.abort();
      host.remove();
      if (hadFocus && from.isConnected) from.focus({ preventScroll: true });
    }

    function sentences(signals) {
      return [...signals.map((kind) => element(doc, "p", {}, [t(SIGNAL_MESSAGES[kind])])), element(doc, "p", {}, [t("nudgeThink")])];
    }

    function build(signals, conversation, editable) {
      const host = createHost(doc, "safebrowse-nudge", { "data-safebrowse": "nudge", "data-signal": signals.join(" ") });
      const shadow = host.attachShadow({ mode: "closed" });
      const abort = new AbortController();
      const said = element(doc, "div", { role: "status" });
      const talkDetail = element(doc, "div", { id: "sb-nudge-talk", class: "detail", hidden: "" }, [element(doc, "p", {}, [t("nudgeTalkDetail")])]);
      const talk = element(doc, "button", { type: "button", "aria-expanded": "false", "aria-controls": talkDetail.id }, [t("nudgeTalk")]);
      const ok = element(doc, "button", { type: "button", class: "ok" }, [t("nudgeOk")]);
      const title = element(doc, "h2", { id: "sb-nudge-title" }, [t("nudgeHeading")]);
      const card = element(doc, "div", { class: "card", role: "region", "aria-labelledby": title.id, lang: t("localeCode") }, [
        title, said, element(doc, "div", { class: "choices" }, [talk, ok]), talkDetail,
      ]);
      talk.addEventListener(
        "click",
        () => {
          const open = talk.getAttribute("aria-expanded") !== "true";
          talk.setAttribute("aria-expanded", String(open));
          talkDetail.hidden = !open;
        },
        { signal: abort.signal },
      );
      ok.addEventListener("click", hide, { signal: abort.signal });
      shadow.addEventListener(
        "keydown",
        (event) => {
          if (event.key !== "Escape") return;
          event.stopPropagation();
          hide();
        },
        { signal: abort.signal },
      );
      // Zooming resizes the viewport in CSS pixels, so the place beside the composer is worked out again.
      ns.pageDom.view(doc)?.addEventListener("resize", () => place(card, editable), { signal: abort.signal });
      shadow.append(element(doc, "style", {}, [STYLES]), card);
      timers.setTimeout(() => abort.signal.aborted || said.append(...sentences(signals)), LIVE_REGION_FILL_DELAY_MS);
      return { host, shadow, card, said, abort, signals, conversation, composer: editable };
    }

    function show(fresh, conversation, editable) {
      if (current) {
        const signals = SIGNAL_ORDER.filter((kind) => current.signals.includes(kind) || fresh.includes(kind));
        current.signals = signals;
        current.host.setAttribute("data-signal", signals.join(" "));
        current.said.replaceChildren(...sentences(signals));
        return;
      }
      current = build(fresh, conversation, editable);
      ns.pageDom.body(doc).append(current.host);
      raise(current.host);
    }

    function evaluate() {
      pending = null;
      if (signal.aborted || !composer) return;
      const conversation = conversationNow() ?? "";
      if (current && current.conversation !== conversation) hide();
      if (levelNow() === "none" || !composer.isConnected) {
        hide();
        return;
      }
      const found = ns.draftSignals(draftOf(composer));
      // Sent or deleted: the nudge was about a draft that no longer says it.
      if (current && !current.signals.some((kind) => found.has(kind))) hide();
      const known = alreadyNudged(conversation);
      const fresh = SIGNAL_ORDER.filter((kind) => found.has(kind) && !known.has(kind));
      if (fresh.length > 0) {
        remember(conversation, fresh);
        show(fresh, conversation, composer);
      }
      // A composer grows with a long draft; the nudge moves with it rather than cover it.
      if (current) place(current.card, current.composer);
    }

    function onEditing(event) {
      const editable = editableOf(event);
      if (!editable) return;
      composer = editable;
      pending ??= timers.setTimeout(evaluate, EVALUATE_EVERY_MS);
    }

    for (const type of ["input", "keydown", "focusin"]) ns.pageDom.listen(doc, type, onEditing, { capture: true, passive: true, signal });
    signal.addEventListener(
      "abort",
      () => {
        timers.clearTimeout(pending);
        pending = null;
        composer = null;
        hide();
      },
      { once: true },
    );
  };
})();
