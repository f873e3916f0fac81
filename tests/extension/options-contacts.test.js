import assert from "node:assert/strict";
import { test } from "node:test";
import { settle } from "./helpers/fake-timers.js";
import { openOptionsPage } from "./helpers/options-page.js";

const PIN = "river-blue-42";

async function openContacts() {
  const page = await openOptionsPage({ pin: PIN });
  await page.unlock();
  for (let i = 0; i < 5; i += 1) await settle();
  return page;
}

const lastOf = (host, type) => host.requests.findLast((request) => request.type === type);

test("options_Contacts_ListsTheChildsMarkedAndRecentContacts", async () => {
  const { $, host } = await openContacts();
  assert.deepEqual(lastOf(host, "parent.contacts").fields, { session: "session-1", profile: "Ana" });
  assert.match($("#contacts-trusted").textContent, /^coach_ana on discord\.com: trusted since /);
  assert.match($("#contacts-recent").textContent, /^Mamá on web\.whatsapp\.com: alert, last: /);
  assert.equal($("#contacts-trusted-empty").hidden, true);
  assert.equal($("#contacts-recent-empty").hidden, true);
});

test("options_Contacts_MarkRecentAsFamilySendsTheProtocolFieldsAndMovesIt", async () => {
  const { $, host, click, buttonNamed } = await openContacts();
  await click(buttonNamed("Mamá is family"));
  assert.deepEqual(lastOf(host, "parent.trust-contact").fields, {
    session: "session-1",
    profile: "Ana",
    site: "web.whatsapp.com",
    contact: "Mamá",
    kind: "family",
  });
  assert.equal($("#contacts-status").textContent, "Done: Mamá is marked as family.");
  assert.match($("#contacts-trusted").textContent, /Mamá on web\.whatsapp\.com: family since /);
  assert.equal($("#contacts-recent").children.length, 0);
  assert.equal($("#contacts-recent-empty").hidden, false);
});

test("options_Contacts_UnmarkSendsNullKind", async () => {
  const { $, host, click, buttonNamed } = await openContacts();
  await click(buttonNamed("Take away the mark from coach_ana"));
  assert.deepEqual(lastOf(host, "parent.trust-contact").fields, {
    session: "session-1",
    profile: "Ana",
    site: "discord.com",
    contact: "coach_ana",
    kind: null,
  });
  assert.equal($("#contacts-status").textContent, "Done: coach_ana is no longer marked.");
  assert.equal($("#contacts-trusted-empty").hidden, false);
});

test("options_Contacts_TypedContactIsMarkedOnItsSite", async () => {
  const { $, host, submit, type } = await openContacts();
  type("#contacts-site", "  Web.WhatsApp.com ");
  type("#contacts-name", " Tía Rosa ");
  $("#contacts-kind").value = "trusted";
  await submit("#contacts-form");
  assert.deepEqual(lastOf(host, "parent.trust-contact").fields, {
    session: "session-1",
    profile: "Ana",
    site: "web.whatsapp.com",
    contact: "Tía Rosa",
    kind: "trusted",
  });
  assert.equal($("#contacts-name").value, "", "the form is cleared once marked");
});

test("options_Contacts_MissingSiteOrName_ExplainsAndSendsNothing", async () => {
  const { $, host, submit, type } = await openContacts();
  type("#contacts-name", "Mamá");
  await submit("#contacts-form");
  assert.equal($("#contacts-error").textContent, "Write both the site and the name in the chat.");
  assert.equal(lastOf(host, "parent.trust-contact"), undefined);
});

test("options_Contacts_OtherChild_LoadsTheirLists", async () => {
  const { $, host, window } = await openContacts();
  $("#contacts-profile").value = "Leo";
  $("#contacts-profile").dispatchEvent(new window.Event("change"));
  for (let i = 0; i < 5; i += 1) await settle();
  assert.deepEqual(lastOf(host, "parent.contacts").fields, { session: "session-1", profile: "Leo" });
  assert.equal($("#contacts-trusted-empty").hidden, false);
  assert.equal($("#contacts-recent-empty").hidden, false);
});

test("options_Contacts_Spanish_SaysSoInSpanish", async () => {
  const page = await openOptionsPage({ pin: PIN, locale: "es" });
  await page.unlock();
  for (let i = 0; i < 5; i += 1) await settle();
  await page.click(page.buttonNamed("Mamá es familia"));
  assert.equal(page.$("#contacts-status").textContent, "Listo: Mamá quedó marcado como familia.");
});
