(() => {
  "use strict";
  const ns = Object.getOwnPropertyDescriptor(globalThis, "SafeBrowse").value;

  // A page names its elements what it likes, and a document lets a named <img>, <form> or <embed> shadow its own
  // properties: in the page's world, <img name="body"> makes document.body that image and <form
  // name="querySelectorAll"> takes the method away. Chromium 156 spares the content scripts' world that (only the
  // window's named properties leak in), but no engine promises it, so the content scripts reach a document through
  // this world's Document prototype, never through the document's own properties.
  const documentGetter = (name) => Object.getOwnPropertyDescriptor(Document.prototype, name).get;
  const through = (fn) => (doc, ...args) => Reflect.apply(fn, doc, args);

  ns.pageDom = Object.freeze({
    body: through(documentGetter("body")),
    root: through(documentGetter("documentElement")),
    activeElement: through(documentGetter("activeElement")),
    view: through(documentGetter("defaultView")),
    all: through(Document.prototype.querySelectorAll),
    one: through(Document.prototype.querySelector),
    byId: through(Document.prototype.getElementById),
    create: through(Document.prototype.createElement),
    walker: through(Document.prototype.createTreeWalker),
    atPoint: through(Document.prototype.elementFromPoint),
    listen: through(EventTarget.prototype.addEventListener),
  });
})();
