(() => {
  "use strict";
  const ns = Object.getOwnPropertyDescriptor(globalThis, "SafeBrowse").value;

  const { head, tail } = ns.cardStyles;

  // The notice's own rules on the shared card: where it sits for each level, its choices stacked, its helplines.
  ns.noticeStyles = `${head}
.backdrop { position: fixed; inset: 0; background: rgb(0 0 0 / 0.45); }
.card { padding: 1em 1.25em; overflow-wrap: anywhere; }
.card[data-level="notice"] {
  inset-inline-end: 1em; bottom: 1em;
  width: min(24em, calc(100vw - 2em)); max-height: calc(100vh - 2em);
}
.card[data-level="alert"] {
  top: 50%; left: 50%; transform: translate(-50%, -50%);
  width: min(32em, calc(100vw - 2em)); max-height: calc(100vh - 2em);
}
h2 { margin: 0 0 0.5em; font-size: 1.15em; }
.choices { flex-direction: column; margin: 0.75em 0; }
button { padding: 0.5em 0.9em; }
button.close { background: #ffffff; color: #1a1a1a; border-color: #4b5563; }
button.quiet {
  display: block; margin: 0 0 0.5em; font-size: 0.95em; background: transparent; color: #374151;
  border-color: transparent; text-decoration: underline; text-underline-offset: 0.15em;
}
button[hidden], .choices[hidden] { display: none; }
.thanks:empty { display: none; }
.thanks { font-weight: 600; color: #14532d; }
a:focus-visible, .card:focus-visible { outline: 0.2em solid #1d4ed8; outline-offset: 0.15em; }
.card:focus { outline: 0.2em solid #1d4ed8; outline-offset: -0.3em; }
ul { margin: 0.25em 0 0.5em; padding-inline-start: 1.25em; }
li { margin-bottom: 0.35em; }
a { color: #1d4ed8; text-decoration: underline; }
.hint { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media (prefers-reduced-motion: no-preference) {
  .card[data-level="notice"] { animation: rise 180ms ease-out; }
  @keyframes rise { from { opacity: 0; translate: 0 0.5em; } to { opacity: 1; translate: 0 0; } }
}
${tail}
button.quiet:hover { background: #f3f4f6; }
`;
})();
