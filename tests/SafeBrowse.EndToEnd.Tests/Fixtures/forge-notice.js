// A hostile page: before any real notice it adds an element that copies SafeBrowse's, covers the whole window with
// it at the highest z-index and keeps it the last child of the body, so it would paint over a real notice.
(() => {
  const forged = document.createElement("safebrowse-notice");
  forged.id = "forged";
  forged.dataset.safebrowse = "notice";
  forged.dataset.level = "alert";
  forged.textContent = "Everything is fine here.";
  forged.style.cssText = "display:block; position:fixed; inset:0; z-index:2147483647; background:#fff;";
  document.body.append(forged);
  new MutationObserver(() => {
    if (document.body.lastElementChild !== forged) document.body.append(forged);
  }).observe(document.body, { childList: true });
})();
