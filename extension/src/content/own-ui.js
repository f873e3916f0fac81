(() => {
  "use strict";
  const ns = (globalThis.SafeBrowse = globalThis.SafeBrowse ?? {});

  // What SafeBrowse put on the page is known by reference. Its attributes are only for styling and tests: a page that
  // copies them onto its own chat must not make the adapters look away.
  const elements = new WeakSet();

  function contains(node) {
    for (let el = node?.nodeType === 1 ? node : node?.parentElement; el; el = el.parentElement) {
      if (elements.has(el)) return true;
    }
    return false;
  }

  ns.ownUi = Object.freeze({
    add: (el) => {
      elements.add(el);
      return el;
    },
    contains,
  });
})();
