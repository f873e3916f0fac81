(() => {
  "use strict";
  const ns = Object.getOwnPropertyDescriptor(globalThis, "SafeBrowse").value;

  const LEVEL_RANK = { notice: 1, alert: 2 };
  const FOCUSABLE = "button, a[href]";
  // Long enough to read the thanks at a child's pace; the Close button ends it sooner.
  const THANKS_VISIBLE_MS = 8000;
  const REMEMBERED_CONVERSATIONS = 500;
  const GENERIC_BLOCK_HELP = "blockHowGeneric";
  // Threats and pressure are the most urgent pattern: the helplines are open from the start, not one click away.
  const HELP_OPEN_FOR = new Set(["categoryThreats"]);

  const { element, createHost, raise, LIVE_REGION_FILL_DELAY_MS } = ns.ownUi;

  // The middle of the card, where no element of the page may be drawn above it; null while it has no size yet.
  function centreOf(card) {
    const box = card.getBoundingClientRect();
    return box.width > 0 && box.height > 0 ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null;
  }

  // The page can add elements that look like ours; what was shown is known from this memory, never from the DOM.
  // blockHelpKey names the site adapter's sentence on how to block or leave a chat on that site.
  // `loadStrings` brings the child's language up to date (a parent may have changed it) before a notice is built.
  // `guard` holds the clock of the watch that keeps a shown notice on screen (notice-guard.js).
  ns.createNoticeController = ({
    doc,
    t,
    loadCountry,
    loadStrings = async () => undefined,
    onSaveCopy,
    onFeedback,
    blockHelpKey = GENERIC_BLOCK_HELP,
    timers = globalThis,
    guard = { timers: globalThis, now: () => Date.now() },
  }) => {
    // An adapter naming a key this build has no text for still gets advice that is true on every site.
    const blockHelp = () => t(blockHelpKey) || t(GENERIC_BLOCK_HELP);
    let current = null;
    // The highest level shown for each conversation. A restarted host forgets its damping and a resent batch can
    // say notify again, so the page itself never shows a conversation the same level twice.
    const shownRank = new Map();

    const alreadyShown = (decision, rank) => rank <= (shownRank.get(decision.conversation) ?? 0);

    function remember(decision, rank) {
      shownRank.delete(decision.conversation);
      shownRank.set(decision.conversation, rank);
      if (shownRank.size > REMEMBERED_CONVERSATIONS) shownRank.delete(shownRank.keys().next().value);
    }

    function close() {
      if (!current) return;
      const { host, abort, returnFocus } = current;
      current = null;
      abort.abort();
      host.remove();
      if (returnFocus?.isConnected && typeof returnFocus.focus === "function") returnFocus.focus({ preventScroll: true });
    }

    function toggleDetail(button, detail) {
      const open = button.getAttribute("aria-expanded") !== "true";
      button.setAttribute("aria-expanded", String(open));
      detail.hidden = !open;
    }

    // The child said the notice was wrong: tell the host, thank them whatever happened, then step aside.
    async function reportWrong({ decision, button, choices, thanks, closeButton, signal }) {
      if (button.getAttribute("aria-disabled") === "true") return;
      button.setAttribute("aria-disabled", "true");
      const report = { conversation: decision.conversation, contact: decision.contact, categories: decision.categories };
      // A reloaded extension rejects the message; the child still gets an honest thanks.
      const response = await new Promise((resolve) => resolve(onFeedback(report))).catch(() => null);
      const recorded = response?.ok === true;
      if (signal.aborted) return;
      thanks.textContent = t(!recorded ? "wrongThanksNotSaved" : response.quieted === false ? "wrongThanksStaysOn" : "wrongThanks");
      choices.hidden = true;
      button.hidden = true;
      closeButton.focus({ preventScroll: true });
      timers.setTimeout(() => signal.aborted || close(), THANKS_VISIBLE_MS);
    }

    function build(decision, country) {
      const level = decision.level;
      const isAlert = level === "alert";
      const host = createHost(doc, "safebrowse-notice", { "data-safebrowse": "notice", "data-level": level });
      const shadow = host.attachShadow({ mode: "closed" });
      const abort = new AbortController();
      const { signal } = abort;

      const title = element(doc, "h2", { id: "sb-title" }, [t("noticeHeading")]);
      const patternKey = ns.patternMessageKey(decision.categories);
      const pattern = t(patternKey);
      const description = element(doc, "div", { id: "sb-description" });
      const sentences = [element(doc, "p", {}, [pattern]), element(doc, "p", {}, [t("noticeReassure")])];
      if (isAlert) description.append(...sentences);
      else {
        description.setAttribute("role", "status");
        timers.setTimeout(() => signal.aborted || description.append(...sentences), LIVE_REGION_FILL_DELAY_MS);
      }

      const detail = (id, children) => element(doc, "div", { id, class: "detail", hidden: "" }, children);
      const talkDetail = detail("sb-talk", [element(doc, "p", {}, [t("choiceTalkDetail")])]);
      const saveDetail = detail("sb-save", []);
      const blockDetail = detail("sb-block", [element(doc, "p", {}, [blockHelp()])]);
      const helpDetail = detail("sb-help", ns.helplineItems(element, doc, t, ns.helplines[country]));
      saveDetail.setAttribute("role", "status");

      const expander = (key, target) =>
        element(doc, "button", { type: "button", "aria-expanded": "false", "aria-controls": target.id }, [t(key)]);
      const talk = expander("choiceTalk", talkDetail);
      const save = element(doc, "button", { type: "button", "data-choice": "save" }, [t("choiceSave")]);
      const block = expander("choiceBlock", blockDetail);
      const help = expander("choiceHelp", helpDetail);
      const wrong = element(doc, "button", { type: "button", class: "quiet", "data-choice": "wrong" }, [t("choiceWrong")]);
      const thanks = element(doc, "p", { class: "thanks", role: "status" });
      const closeButton = element(doc, "button", { type: "button", class: "close" }, [t("noticeClose")]);

      talk.addEventListener("click", () => toggleDetail(talk, talkDetail), { signal });
      block.addEventListener("click", () => toggleDetail(block, blockDetail), { signal });
      help.addEventListener("click", () => toggleDetail(help, helpDetail), { signal });
      if (HELP_OPEN_FOR.has(patternKey)) toggleDetail(help, helpDetail);
      save.addEventListener(
        "click",
        () => {
          onSaveCopy(decision.conversation, shadow);
          saveDetail.hidden = false;
          saveDetail.replaceChildren(element(doc, "p", {}, [t("choiceSaveDone")]));
        },
        { signal },
      );
      closeButton.addEventListener("click", close, { signal });

      const choices = element(doc, "div", { class: "choices", role: "group", "aria-label": t("noticeChoicesLabel") }, [
        talk, talkDetail, save, saveDetail, block, blockDetail, help, helpDetail,
      ]);
      wrong.addEventListener("click", () => reportWrong({ decision, button: wrong, choices, thanks, closeButton, signal }), { signal });
      const card = element(doc, "div", { class: "card", "data-level": level, lang: t("localeCode"), tabindex: "-1" }, [
        title, description, choices, wrong, thanks, closeButton,
      ]);
      if (isAlert) {
        card.setAttribute("role", "alertdialog");
        card.setAttribute("aria-modal", "true");
        card.setAttribute("aria-labelledby", title.id);
        card.setAttribute("aria-describedby", description.id);
      } else {
        card.setAttribute("role", "region");
        card.setAttribute("aria-labelledby", title.id);
      }

      const style = element(doc, "style", {}, [ns.noticeStyles]);
      shadow.append(style, ...(isAlert ? [element(doc, "div", { class: "backdrop" })] : []), card);

      shadow.addEventListener("keydown", (event) => onKeydown(event, shadow, card), { signal });
      if (isAlert) {
        ns.pageDom.listen(doc, "focusin", (event) => event.target !== host && card.focus({ preventScroll: true }), {
          signal,
          capture: true,
        });
      }
      return { host, card, abort, level };
    }

    function onKeydown(event, shadow, card) {
      if (event.key === "Escape") {
        event.stopPropagation();
        close();
        return;
      }
      if (event.key !== "Tab" || current?.level !== "alert") return;
      const focusables = [...card.querySelectorAll(FOCUSABLE)].filter((el) => !el.closest("[hidden]"));
      const first = focusables[0];
      const last = focusables[focusables.length - 1];
      const active = shadow.activeElement;
      if (event.shiftKey && (active === first || active === card)) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && active === last) {
        event.preventDefault();
        first.focus();
      }
    }

    async function show(decision) {
      const rank = LEVEL_RANK[decision?.level];
      if (!decision?.notify || !rank || alreadyShown(decision, rank)) return false;
      if (current && rank <= LEVEL_RANK[current.level]) return false;
      const [country] = await Promise.all([loadCountry(), loadStrings()]);
      if (alreadyShown(decision, rank) || (current && rank <= LEVEL_RANK[current.level])) return false;
      const returnFocus = current ? current.returnFocus : ns.pageDom.activeElement(doc);
      if (current) {
        current.abort.abort();
        current.host.remove();
      }
      const built = build(decision, country);
      current = { ...built, returnFocus };
      remember(decision, rank);
      ns.pageDom.body(doc).append(built.host);
      raise(built.host);
      ns.guardNotice({ doc, host: built.host, pointOf: () => centreOf(built.card), signal: built.abort.signal, ...guard });
      if (built.level === "alert") built.card.focus({ preventScroll: true });
      return true;
    }

    // The highest level ever shown for any of these conversations, whether or not its notice is still open.
    function highestLevelShown(conversations) {
      const rank = Math.max(0, ...conversations.map((conversation) => shownRank.get(conversation) ?? 0));
      return Object.keys(LEVEL_RANK).find((level) => LEVEL_RANK[level] === rank) ?? "none";
    }

    return {
      show,
      close,
      destroy: close,
      highestLevelShown,
      get level() {
        return current?.level ?? null;
      },
    };
  };
})();
