import assert from "node:assert/strict";
import { test } from "node:test";
import { fakeChrome, until, wait } from "./helpers/fake-chrome.js";
import { loadSite, readSite } from "./helpers/site-fixture.js";

const sentMessages = (chrome) => chrome.sent.flatMap((request) => request.messages);
const visible = (messages) => messages.map(({ conversation, contact, direction, text }) => ({ conversation, contact, direction, text }));

// Instagram's feed opens a thread with history.pushState: the adapter loaded on the feed reads the thread once it is there.
test("instagramFeedMovesToADirectThread_TheThreadIsReadWithoutAReload", async () => {
  const site = readSite("instagram");
  const chrome = fakeChrome();
  const { window, document } = loadSite("instagram", { chrome, url: "https://www.instagram.com/" });
  await wait(300);
  assert.equal(sentMessages(chrome).length, 0, "the feed is no thread");
  window.history.pushState({}, "", new URL(site.url).pathname);
  document.body.append(document.createElement("div"));
  await until(() => sentMessages(chrome).length >= site.expected.length);
  await wait(300);
  assert.deepEqual(JSON.parse(JSON.stringify(visible(sentMessages(chrome)))), site.expected);
  window.SafeBrowse.protection.destroy();
});

// Messenger's entry covers facebook.com: on the feed it reads nothing, in /messages/t/<id> it reads the thread.
test("facebookFeedMovesToMessages_TheMessengerAdapterReadsTheThread", async () => {
  const site = readSite("messenger");
  const chrome = fakeChrome();
  const { window, document } = loadSite("messenger", { chrome, url: "https://www.facebook.com/" });
  await wait(300);
  assert.equal(sentMessages(chrome).length, 0, "the feed is no thread");
  window.history.pushState({}, "", "/messages/t/7781234567890123/");
  document.body.append(document.createElement("div"));
  await until(() => sentMessages(chrome).length >= site.expected.length);
  await wait(300);
  assert.deepEqual(JSON.parse(JSON.stringify(visible(sentMessages(chrome)))), site.expected);
  window.SafeBrowse.protection.destroy();
});
