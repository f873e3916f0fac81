// The least a content script can do and still see each new chat message: observe the page's tree, read the text of
// what was added once per idle slot, and send it to the worker in one runtime message. The page bench measures it
// beside SafeBrowse, so a report can say how much of SafeBrowse's cost any extension built this way would pay.
(() => {
  const added = [];
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    const texts = added.splice(0).map((node) => node.textContent);
    chrome.runtime.sendMessage({ type: "floor", texts });
  };

  new MutationObserver((mutations) => {
    for (const mutation of mutations) for (let nodes = mutation.addedNodes, i = 0; i < nodes.length; i += 1) added.push(nodes[i]);
    if (scheduled) return;
    scheduled = true;
    requestIdleCallback(flush, { timeout: 200 });
  }).observe(document.documentElement, { childList: true, subtree: true });
})();
