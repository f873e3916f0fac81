(() => {
  "use strict";
  // The files of one content script share this object. Elements of the page with an id or name ("<a id=SafeBrowse>")
  // show through as globals in this world, so every file reads it as an own data property of this world's global:
  // named elements cannot create one (they sit on the prototype chain) and the page's own scripts cannot reach this
  // world. A second load into a world that has it keeps it, so a tab never runs two protections.
  const KEY = "SafeBrowse";
  const existing = Object.getOwnPropertyDescriptor(globalThis, KEY)?.value;
  if (existing !== null && typeof existing === "object" && Object.getPrototypeOf(existing) === Object.prototype) return;
  Object.defineProperty(globalThis, KEY, { value: {}, enumerable: false, writable: false, configurable: false });
})();
