(() => {
  "use strict";
  const ns = (globalThis.SafeBrowse = globalThis.SafeBrowse ?? {});

  const FOLLOWING = 4;
  const PRUNE_ABOVE = 5000;

  const precedes = (row, other) => (row.compareDocumentPosition(other) & FOLLOWING) !== 0;

  // Remembers the rows of one chat already read, so a row inserted above the oldest of them is known to be older
  // history the child scrolled back to, not a message that just arrived. Sites drop rows out of view and draw them
  // again as new nodes, so the oldest is looked up again among those still on the page.
  ns.createRowHistory = () => {
    const rows = new Set();
    let oldest = null;

    const oldestConnected = () => {
      if (oldest?.isConnected) return oldest;
      oldest = null;
      for (const row of rows) {
        if (!row.isConnected) rows.delete(row);
        else if (oldest === null || precedes(row, oldest)) oldest = row;
      }
      return oldest;
    };

    const markSeen = (row) => {
      if (rows.size > PRUNE_ABOVE) for (const known of rows) if (!known.isConnected) rows.delete(known);
      rows.add(row);
      if (oldest?.isConnected && precedes(row, oldest)) oldest = row;
    };

    const isOlderThanSeen = (row) => {
      const first = oldestConnected();
      return first !== null && first !== row && precedes(row, first);
    };

    return { markSeen, isOlderThanSeen };
  };
})();
