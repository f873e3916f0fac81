(() => {
  "use strict";
  const ns = Object.getOwnPropertyDescriptor(globalThis, "SafeBrowse").value;

  // The host element takes no room and no styles from the page; what it shows lives in its own shadow root.
  const HOST_STYLE =
    "all: initial !important; display: block !important; position: fixed !important; top: 0 !important;" +
    " left: 0 !important; width: 0 !important; height: 0 !important; z-index: 2147483647 !important;";

  // Screen readers announce changes to a live region that already exists, not one inserted with its text.
  const LIVE_REGION_FILL_DELAY_MS = 100;

  // What SafeBrowse put on the page is known by reference. Its attributes are only for styling and tests: a page that
  // copies them onto its own chat must not make the adapters look away. Adapters ask this of every row they read, and
  // there are one or two of ours at most: asking each whether it holds the node is a walk up in native code, where
  // walking up the row's ancestors here cost a lookup for each of them. Weak, so a closed notice is not kept.
  const elements = new Set();

  function contains(node) {
    const el = node?.nodeType === 1 ? node : node?.parentElement;
    if (!el) return false;
    for (const ref of elements) {
      const ours = ref.deref();
      if (!ours) elements.delete(ref);
      else if (ours.contains(el)) return true;
    }
    return false;
  }

  function element(doc, tag, attributes = {}, children = []) {
    const el = ns.pageDom.create(doc, tag);
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    el.append(...children);
    return el;
  }

  const add = (el) => {
    elements.add(new WeakRef(el));
    return el;
  };

  // The attributes each host was made with, so one the page changed can be put back as it was.
  const madeWith = new WeakMap();

  // A host for the notice or the nudge: a manual popover, so it can be raised to the top layer, and known as ours.
  const createHost = (doc, tag, attributes) => {
    const all = { ...attributes, popover: "manual", style: HOST_STYLE };
    const host = add(element(doc, tag, all));
    madeWith.set(host, all);
    return host;
  };

  // Whether the host still shows as it was made: on the page, with its own attributes only, drawn, and the element
  // found at `point` (a spot on what it shows). What is inside its closed shadow root the page cannot change.
  function shows(doc, host, point) {
    const made = madeWith.get(host);
    if (!made || !host.isConnected || host.parentNode !== ns.pageDom.body(doc)) return false;
    const names = host.getAttributeNames();
    if (names.length !== Object.keys(made).length || names.some((name) => host.getAttribute(name) !== made[name])) return false;
    if (host.closest("[inert]") || (typeof host.checkVisibility === "function" && !host.checkVisibility({ opacityProperty: true, visibilityProperty: true }))) return false;
    if (typeof host.matches === "function" && typeof host.showPopover === "function" && !host.matches(":popover-open")) return false;
    return point === null || ns.pageDom.atPoint(doc, point.x, point.y) === host;
  }

  // Puts a host the page removed, restyled or covered back as it was made, and on top again.
  function restore(doc, host) {
    const made = madeWith.get(host);
    for (const name of host.getAttributeNames()) if (!Object.hasOwn(made, name)) host.removeAttribute(name);
    for (const [name, value] of Object.entries(made)) host.setAttribute(name, value);
    const body = ns.pageDom.body(doc);
    if (host.parentNode !== body) body.append(host);
    if (typeof host.hidePopover === "function") {
      try {
        host.hidePopover();
      } catch {
        // Not open: raise opens it.
      }
    }
    raise(host);
  }

  // The top layer is above every z-index, so no element of the page, however it copies ours, covers it. A page can
  // still refuse the top layer (beforetoggle); the host then shows in the page's own layers, at the highest z-index.
  function raise(host) {
    if (typeof host.showPopover !== "function") return;
    try {
      host.showPopover();
    } catch {
      // Left where it is: still on the page, at the highest z-index.
    }
  }

  ns.ownUi = Object.freeze({ LIVE_REGION_FILL_DELAY_MS, add, contains, element, createHost, raise, shows, restore });
})();
