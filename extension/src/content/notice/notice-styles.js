(() => {
  "use strict";
  const ns = Object.getOwnPropertyDescriptor(globalThis, "SafeBrowse").value;

  // Em units inherit the host's `font-size: medium`, so the card follows browser zoom and the
  // reader's font size, never the page's root font size.
  ns.noticeStyles = `
:host { all: initial; }
* { box-sizing: border-box; }
.backdrop { position: fixed; inset: 0; background: rgb(0 0 0 / 0.45); }
.card {
  position: fixed; overflow: auto; color: #1a1a1a; background: #ffffff;
  font: normal 1em/1.45 system-ui, -apple-system, "Segoe UI", Roboto, Ubuntu, sans-serif;
  border: 0.125em solid #4338ca; border-radius: 0.75em; padding: 1em 1.25em;
  box-shadow: 0 0.5em 1.5em rgb(0 0 0 / 0.25); text-align: start; overflow-wrap: anywhere;
}
.card[data-level="notice"] {
  inset-inline-end: 1em; bottom: 1em;
  width: min(24em, calc(100vw - 2em)); max-height: calc(100vh - 2em);
}
.card[data-level="alert"] {
  top: 50%; left: 50%; transform: translate(-50%, -50%);
  width: min(32em, calc(100vw - 2em)); max-height: calc(100vh - 2em);
}
h2 { margin: 0 0 0.5em; font-size: 1.15em; line-height: 1.3; color: #312e81; }
p { margin: 0 0 0.5em; }
.choices { display: flex; flex-direction: column; gap: 0.5em; margin: 0.75em 0; }
button {
  font: inherit; min-height: 2.75em; padding: 0.5em 0.9em; border-radius: 0.5em; cursor: pointer;
  text-align: start; border: 0.125em solid #3730a3; background: #eef2ff; color: #1e1b4b;
}
button.close { background: #ffffff; color: #1a1a1a; border-color: #4b5563; }
button:hover { background: #e0e7ff; }
button.quiet {
  display: block; margin: 0 0 0.5em; font-size: 0.95em; background: transparent; color: #374151;
  border-color: transparent; text-decoration: underline; text-underline-offset: 0.15em;
}
button.quiet:hover { background: #f3f4f6; }
button[hidden], .choices[hidden] { display: none; }
.thanks:empty { display: none; }
.thanks { font-weight: 600; color: #14532d; }
button:focus-visible, a:focus-visible, .card:focus-visible {
  outline: 0.2em solid #1d4ed8; outline-offset: 0.15em;
}
.card:focus { outline: 0.2em solid #1d4ed8; outline-offset: -0.3em; }
.detail { padding: 0.5em 0.75em; border-inline-start: 0.25em solid #a5b4fc; background: #f8fafc; }
.detail[hidden] { display: none; }
ul { margin: 0.25em 0 0.5em; padding-inline-start: 1.25em; }
li { margin-bottom: 0.35em; }
a { color: #1d4ed8; text-decoration: underline; }
.hint { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media (prefers-reduced-motion: no-preference) {
  .card[data-level="notice"] { animation: rise 180ms ease-out; }
  @keyframes rise { from { opacity: 0; translate: 0 0.5em; } to { opacity: 1; translate: 0 0; } }
}
@media (forced-colors: active) {
  .card, button { border-color: CanvasText; }
}
`;
})();
