(() => {
  "use strict";
  // The files of one content script share this object. Elements of the page with an id or name ("<a id=SafeBrowse>")
  // show through as globals in this world, so every file reads it as an own data property of this world's global:
  // named elements cannot create one (they sit on the prototype chain) and the page's own scripts cannot reach this
  // world. Each load of the content scripts gets an object of its own, so a second load (the browser and an install
  // both gave the tab its scripts) never mixes its files with the first's; `previous` lets main.js find the copy
  // already running.
  const KEY = "SafeBrowse";
  const existing = Object.getOwnPropertyDescriptor(globalThis, KEY)?.value;
  const previous = existing !== null && typeof existing === "object" && Object.getPrototypeOf(existing) === Object.prototype ? existing : null;
  Object.defineProperty(globalThis, KEY, { value: { previous }, enumerable: false, writable: false, configurable: true });
})();
