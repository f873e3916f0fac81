(() => {
  "use strict";
  const ns = Object.getOwnPropertyDescriptor(globalThis, "SafeBrowse").value;

  // A Set keeps insertion order, so the oldest key is the first one to forget.
  ns.createSeenKeys = (limit = 5000) => {
    const keys = new Set();
    return {
      has: (key) => keys.has(key),
      addIfNew(key) {
        if (keys.has(key)) return false;
        keys.add(key);
        if (keys.size > limit) keys.delete(keys.values().next().value);
        return true;
      },
      get size() {
        return keys.size;
      },
    };
  };
})();
