import { element } from "../../shared/elements.js";
import { formatWeek } from "../format.js";
import { changeTracker, createActor } from "./act.js";

const fileNameOf = (name, week) => `safebrowse-${name.replace(/[^\p{L}\p{N}_-]+/gu, "-")}-${week}.html`;

// The weekly digests of each child. One is fetched when opened and shown in a sandbox: the page keeps
// it only in memory, and the download is a Blob made here, never a copy in storage.
export function createDigestsSection({ doc, client, t }) {
  const view = doc.defaultView;
  const list = doc.getElementById("digests-list");
  const empty = doc.getElementById("digests-empty");
  const viewer = doc.getElementById("digest-viewer");
  const title = doc.getElementById("digest-title");
  const frame = doc.getElementById("digest-frame");
  const download = doc.getElementById("digest-download");
  const act = createActor(t, doc.getElementById("digests-error"));
  const changed = changeTracker();
  let blobUrl = null;
  let opener = null;

  function release() {
    if (blobUrl) view.URL.revokeObjectURL(blobUrl);
    blobUrl = null;
    download.removeAttribute("href");
    frame.removeAttribute("srcdoc");
  }

  function show(profile, week, html) {
    release();
    const label = t("digestHeading", [profile, formatWeek(t, week)]);
    blobUrl = view.URL.createObjectURL(new view.Blob([html], { type: "text/html;charset=utf-8" }));
    download.href = blobUrl;
    download.download = fileNameOf(profile, week);
    frame.title = label;
    frame.srcdoc = html;
    title.textContent = label;
    viewer.hidden = false;
    title.focus();
  }

  function close({ restoreFocus = true } = {}) {
    release();
    viewer.hidden = true;
    if (restoreFocus && opener?.isConnected) opener.focus();
    opener = null;
  }

  const open = (profile, week, button) =>
    act(async () => {
      const reply = await client.call("parent.digest", { profile, week, lang: t("localeCode") });
      opener = button;
      show(profile, week, String(reply.html ?? ""));
    });

  function group(profile, index) {
    const headingId = `digests-of-${index}`;
    const weeks = profile.digests.map((week) => {
      const button = element(doc, "button", { type: "button", class: "secondary", "aria-describedby": headingId }, [formatWeek(t, week)]);
      button.addEventListener("click", () => open(profile.name, week, button));
      return element(doc, "li", {}, [button]);
    });
    return element(doc, "div", { class: "digest-group" }, [
      element(doc, "h4", { id: headingId }, [profile.name]),
      element(doc, "ul", { class: "plain weeks" }, weeks),
    ]);
  }

  function update({ profiles }) {
    const withDigests = profiles.filter((p) => Array.isArray(p.digests) && p.digests.length > 0);
    if (!changed(withDigests.map((p) => [p.name, p.digests]))) return;
    list.replaceChildren(...withDigests.map(group));
    empty.hidden = withDigests.length > 0;
  }

  doc.getElementById("digest-close").addEventListener("click", () => close());
  function reset() {
    close({ restoreFocus: false });
    changed.forget();
    list.replaceChildren();
  }

  return { update, reset };
}
