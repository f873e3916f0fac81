(() => {
  "use strict";
  const ns = Object.getOwnPropertyDescriptor(globalThis, "SafeBrowse").value;

  const FOLLOWING = 4;

  // compareDocumentPosition walks the siblings between two rows: a few calls per pass, not one per row.
  const precedes = (row, other) => (row.compareDocumentPosition(other) & FOLLOWING) !== 0;
  const byPosition = (row, other) => (row === other ? 0 : precedes(row, other) ? -1 : 1);

  // Rows a page appends arrive in order already; comparing neighbours is cheap where sorting compares rows far apart,
  // and a row whose element before it is the row before needs no comparing at all.
  const follows = (row, before) => row.previousElementSibling === before || byPosition(before, row) < 0;
  ns.inPageOrder = (rows) => (rows.every((row, index) => index === 0 || follows(row, rows[index - 1])) ? rows : rows.sort(byPosition));

  // Remembers the rows of one chat already read, so rows inserted above the oldest of them are known to be older
  // history the child scrolled back to, not messages that just arrived. Sites drop rows out of view and draw them
  // again as new nodes, so when the oldest is gone it is found again among the chat's rows still on the page:
  // `firstRow(wanted)` gives the first of them, oldest first, that `wanted` accepts.
  // Weakly: a busy chat drops thousands of rows out of view, and each kept its whole subtree alive until pruned.
  ns.createRowHistory = (firstRow) => {
    const rows = new WeakSet();
    let oldest = null;

    const oldestConnected = () => {
      if (oldest?.isConnected) return oldest;
      oldest = firstRow((row) => rows.has(row)) ?? null;
      return oldest;
    };

    // A row right after one already seen comes after the oldest too: a chat's new rows, one after another, are told
    // so without comparing positions across the whole chat.
    const markSeen = (row) => {
      const afterSeen = rows.has(row.previousElementSibling);
      rows.add(row);
      if (!afterSeen && oldest?.isConnected && precedes(row, oldest)) oldest = row;
    };

    // `ordered` is in page order, so the older rows are a prefix of it: a binary search finds where it ends.
    const countOlderThanSeen = (ordered) => {
      const first = oldestConnected();
      if (first === null) return 0;
      let low = 0;
      let high = ordered.length;
      while (low < high) {
        const middle = (low + high) >> 1;
        if (ordered[middle] !== first && precedes(ordered[middle], first)) low = middle + 1;
        else high = middle;
      }
      return low;
    };

    return { markSeen, countOlderThanSeen };
  };
})();
