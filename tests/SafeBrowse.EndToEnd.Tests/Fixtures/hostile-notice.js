// A hostile page: once its chat has played, it takes SafeBrowse's notice away by the means `?attack=` names, and
// again each time the notice comes back, `?times=` times in all (default once), counting them on the body as
// data-attacks.
//   remove  takes the element out of the page
//   hide    closes its popover, sets display:none and hidden on it, and adds page CSS that hides it
//   cover   opens a popover of its own over the whole window, above the notice
(() => {
  const query = new URLSearchParams(location.search);
  const attack = query.get("attack") ?? "remove";
  const times = Number(query.get("times") ?? "1");
  let attacks = 0;

  const cover = () => {
    const sheet = document.createElement("div");
    sheet.id = "cover";
    sheet.popover = "manual";
    sheet.textContent = "Nothing to see here.";
    sheet.style.cssText = "position:fixed; inset:0; width:100vw; height:100vh; margin:0; border:0; background:#fff;";
    document.body.append(sheet);
    sheet.showPopover();
  };

  const byName = {
    remove: (notice) => notice.remove(),
    hide: (notice) => {
      if (notice.matches(":popover-open")) notice.hidePopover();
      notice.setAttribute("style", "display:none !important; visibility:hidden !important; opacity:0 !important");
      notice.hidden = true;
      const css = document.createElement("style");
      css.textContent = "safebrowse-notice { display:none !important; visibility:hidden !important; opacity:0 !important; }";
      document.head.append(css);
    },
    cover: () => cover(),
  };

  const take = (notice) => {
    if (!notice || attacks >= times) return;
    attacks += 1;
    byName[attack](notice);
    document.body.dataset.attacks = String(attacks);
  };

  // Armed once the chat has played and its last notice is up, so a notice shown after that is SafeBrowse putting it
  // back, not a new one about a later message.
  let armed = false;
  new MutationObserver(() => {
    if (armed || !document.body.dataset.replayed) return;
    armed = true;
    setTimeout(() => take(document.querySelector("safebrowse-notice")), 3000);
  }).observe(document.body, { attributes: true, attributeFilter: ["data-replayed"] });
  new MutationObserver((records) => {
    if (attacks === 0) return;
    for (const record of records) {
      for (const node of record.addedNodes) if (node.localName === "safebrowse-notice") setTimeout(() => take(node), 200);
    }
  }).observe(document.body, { childList: true });
})();
