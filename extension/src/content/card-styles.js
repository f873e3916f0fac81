(() => {
  "use strict";
  const ns = Object.getOwnPropertyDescriptor(globalThis, "SafeBrowse").value;

  // The look the notice and the nudge share, so a child knows both come from SafeBrowse. Em units inherit the host's
  // `font-size: medium`: a card follows browser zoom and the reader's font size, never the page's root font size, and
  // every colour pair is above 4.5:1. Each card puts its own rules between `head` and `tail`: the tail's hover, focus
  // and forced-colours rules must come after them to win.
  ns.cardStyles = Object.freeze({
    head: `
:host { all: initial; }
* { box-sizing: border-box; }
.card {
  position: fixed; overflow: auto; color: #1a1a1a; background: #ffffff;
  font: normal 1em/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Ubuntu, sans-serif;
  border: 0.125em solid #4338ca; border-radius: 0.75em;
  box-shadow: 0 0.5em 1.5em rgb(0 0 0 / 0.25); text-align: start;
}
h2 { line-height: 1.3; color: #312e81; }
p { margin: 0 0 0.5em; }
.choices { display: flex; gap: 0.5em; }
button {
  font: inherit; min-height: 2.75em; border-radius: 0.5em; cursor: pointer;
  text-align: start; border: 0.125em solid #3730a3; background: #eef2ff; color: #1e1b4b;
}
`,
    tail: `
button:hover { background: #e0e7ff; }
button:focus-visible { outline: 0.2em solid #1d4ed8; outline-offset: 0.15em; }
.detail { padding: 0.5em 0.75em; border-inline-start: 0.25em solid #a5b4fc; background: #f8fafc; }
.detail[hidden] { display: none; }
@media (forced-colors: active) {
  .card, button { border-color: CanvasText; }
}
`,
  });
})();
