(() => {
  "use strict";
  const ns = Object.getOwnPropertyDescriptor(globalThis, "SafeBrowse").value;

  const REVOKE_AFTER_MS = 60000;

  // A Blob URL keeps the copy on this computer: it becomes a local download and is never uploaded.
  ns.downloadTextFile = ({ doc, parent, fileName, text, timers = globalThis }) => {
    const view = ns.pageDom.view(doc);
    const url = view.URL.createObjectURL(new view.Blob([text], { type: "text/plain;charset=utf-8" }));
    const link = ns.pageDom.create(doc, "a");
    link.href = url;
    link.download = fileName;
    link.hidden = true;
    parent.append(link);
    link.click();
    link.remove();
    timers.setTimeout(() => view.URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  };
})();
