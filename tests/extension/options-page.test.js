import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { PortError } from "../../extension/src/background/native-port.js";
import { SETUP_CODE, sampleOverview } from "./helpers/fake-family-host.js";
import { INSTALL, openOptionsPage } from "./helpers/options-page.js";

const PIN = "river-blue-42";

test("options_NoPin_ShowsWelcomeThatExplainsAndInvitesAPin", async () => {
  const { $, visibleView, document, click, buttonNamed } = await openOptionsPage();
  assert.equal(visibleView(), "view-setup");
  assert.equal(document.activeElement, $("#setup-title"));
  const text = $("#view-setup").textContent;
  assert.match(text, /weekly digest/);
  assert.match(text, /Whole chats\. SafeBrowse never keeps or shows a full conversation\./);
  assert.match(text, /Only if you allow it in the settings: short excerpts of serious alerts\./);
  assert.match(text, /protection works without a PIN/);
  await click(buttonNamed("Not now"));
  assert.match($("#setup-later-note").textContent, /protection is already on/);
  assert.equal(visibleView(), "view-setup");
});

test("options_SetupPinTooShortOrDifferent_ExplainsAndSendsNothing", async () => {
  const { $, host, submit, type, document } = await openOptionsPage();
  type("#setup-code", SETUP_CODE);
  type("#setup-pin", "12345");
  type("#setup-pin-again", "12345");
  await submit("#setup-form");
  assert.equal($("#setup-error").textContent, "The PIN needs 6 to 64 characters.");
  assert.equal($("#setup-pin").getAttribute("aria-invalid"), "true");
  assert.equal(document.activeElement, $("#setup-pin"));
  type("#setup-pin", PIN);
  type("#setup-pin-again", `${PIN}x`);
  await submit("#setup-form");
  assert.match($("#setup-error").textContent, /different/);
  assert.equal(document.activeElement, $("#setup-pin-again"));
  assert.deepEqual(host.requests.map((r) => r.type), ["parent.status"]);
});

test("options_SetupThenOverview_RendersTheWeekPerChildAndStorageBanner", async () => {
  const { $, host, submit, type, visibleView, document, family } = await openOptionsPage();
  type("#setup-code", SETUP_CODE);
  type("#setup-pin", PIN);
  type("#setup-pin-again", PIN);
  await submit("#setup-form");
  assert.equal(visibleView(), "view-dashboard");
  assert.equal(host.pin, PIN);
  assert.deepEqual(family, [{ pinSet: true }]);
  assert.equal($("#setup-pin").value, "", "the page does not keep the PIN");
  const overview = host.requests.find((r) => r.type === "parent.overview");
  assert.deepEqual(overview.fields, { session: "session-1", install: INSTALL });

  assert.equal($("#week-title").textContent, "This week at a glance: Week of November 23, 2026");
  const cards = [...document.querySelectorAll("#week-cards article")];
  assert.deepEqual(cards.map((card) => card.querySelector("h4").textContent), ["Ana", "Leo"]);
  const ana = Object.fromEntries([...cards[0].querySelectorAll("dl div")].map((row) => [row.children[0].textContent, row.children[1].textContent]));
  assert.deepEqual(ana, {
    "Gentle notes shown": "3",
    "Serious alerts": "1",
    "Contacts that raised concern": "2",
    "Notes your child marked as wrong": "1",
    "Hours SafeBrowse was not running": "4",
  });
  assert.equal($("#storage-banner").hidden, false);
  assert.match($("#storage-list").textContent, /could not save its records/);
  assert.equal($("#pause-state").textContent, "Protection is on.");
  assert.match($("#reviews-list").textContent, /Ana said a note about alex_15 on web\.whatsapp\.com was wrong/);
  assert.match($("#reviews-list").textContent, /Offering gifts, money or game currency/);
});

test("options_Unlock_PauseThenResume", async () => {
  const { $, host, unlock, click, document, family } = await openOptionsPage({ pin: PIN });
  await unlock();
  await click(document.querySelector('#pause-buttons [data-minutes="60"]'));
  assert.deepEqual(host.requests.at(-1), { type: "parent.pause", fields: { session: "session-1", minutes: 60 } });
  assert.equal(host.state.pausedUntil, "2026-11-28T16:00:00.000Z");
  assert.match($("#pause-state").textContent, /^Protection is paused until /);
  assert.equal($("#pause-resume").hidden, false);
  $("#pause-resume").focus();
  await click($("#pause-resume"));
  assert.deepEqual(host.requests.at(-1).fields, { session: "session-1", minutes: 0 });
  assert.equal($("#pause-state").textContent, "Protection is on.");
  assert.equal($("#pause-resume").hidden, true);
  assert.deepEqual(family, [{ pausedUntil: "2026-11-28T16:00:00.000Z" }, { pausedUntil: null }]);
});

test("options_OpenDigest_ShowsTheHostHtmlInASandboxedFrameWithADownload", async () => {
  const { $, host, unlock, click, buttonNamed, blobs, revoked, document, window } = await openOptionsPage({ pin: PIN, locale: "es" });
  await unlock();
  const week = buttonNamed("Semana del 16 de noviembre de 2026");
  await click(week);
  assert.deepEqual(host.requests.at(-1).fields, { session: "session-1", profile: "Ana", week: "2026-W47", lang: "es" });
  const frame = $("#digest-frame");
  assert.equal($("#digest-viewer").hidden, false);
  assert.equal(frame.getAttribute("sandbox"), "", "no scripts, no same origin");
  assert.match(frame.getAttribute("srcdoc"), /<h1>Ana 2026-W47<\/h1>/);
  assert.equal(frame.getAttribute("title"), "Resumen de Ana, Semana del 16 de noviembre de 2026");
  assert.equal(document.activeElement, $("#digest-title"));
  const download = $("#digest-download");
  assert.equal(download.getAttribute("download"), "safebrowse-Ana-2026-W47.html");
  const href = download.getAttribute("href");
  const blob = blobs.get(href);
  assert.match(blob.type, /^text\/html/);
  const reader = new window.FileReader();
  const text = new Promise((resolve) => reader.addEventListener("load", () => resolve(reader.result)));
  reader.readAsText(blob);
  assert.match(await text, /<h1>Ana 2026-W47<\/h1>/);

  await click(buttonNamed("Cerrar el resumen"));
  assert.equal($("#digest-viewer").hidden, true);
  assert.equal(frame.hasAttribute("srcdoc"), false);
  assert.deepEqual(revoked, [href]);
  assert.equal(download.hasAttribute("href"), false);
  assert.equal(document.activeElement, week);
});

test("options_PinLockedAtLoad_CountsDownAndKeepsTheButtonOff", async () => {
  const { $, timers, host } = await openOptionsPage({
    pin: PIN,
    hostSetup: (family) => (family.waitUntil = family.now() + 45000),
  });
  assert.equal($("#lock-submit").disabled, true);
  assert.equal($("#lock-wait").hidden, false);
  assert.equal($("#lock-wait").getAttribute("role"), "timer");
  assert.equal($("#lock-wait").textContent, "You can try again in 0:45.");
  await timers.advance(15000);
  assert.equal($("#lock-wait").textContent, "You can try again in 0:30.");
  assert.equal($("#lock-submit").disabled, true);
  await timers.advance(30000);
  assert.equal($("#lock-submit").disabled, false);
  assert.equal($("#lock-wait").hidden, true);
  assert.equal($("#lock-note").textContent, "You can try again now.");
  assert.deepEqual(host.requests.map((r) => r.type), ["parent.status"]);
});

test("options_FourthWrongPin_ShowsTheWaitThenPinLockedKeepsCounting", async () => {
  const { $, submit, type, timers, document, host } = await openOptionsPage({ pin: PIN });
  for (let i = 0; i < 3; i += 1) {
    type("#lock-pin", "not-the-pin");
    await submit("#lock-form");
    assert.equal($("#lock-error").textContent, "That PIN didn't match.");
    assert.equal($("#lock-submit").disabled, false);
  }
  type("#lock-pin", "not-the-pin");
  await submit("#lock-form");
  assert.equal($("#lock-submit").disabled, true);
  assert.equal($("#lock-wait").textContent, "You can try again in 0:30.");
  assert.equal($("#lock-pin").value, "");
  assert.equal(document.activeElement, $("#lock-pin"));

  // Another tab of the page, or a host that counts from elsewhere, answers pin_locked with what is left.
  host.waitUntil = host.now() + 90000;
  await timers.advance(30000);
  type("#lock-pin", PIN);
  await submit("#lock-form");
  assert.equal($("#lock-error").textContent, "Too many tries in a row. Please wait before the next one.");
  assert.equal($("#lock-wait").textContent, "You can try again in 1:00.");
  assert.equal($("#lock-submit").disabled, true);
});

test("options_SessionExpires_GoesBackToTheLockScreenAndForgetsTheDashboard", async () => {
  const { $, host, unlock, click, visibleView, document } = await openOptionsPage({ pin: PIN });
  await unlock();
  host.expireSessions();
  await click(document.querySelector('#pause-buttons [data-minutes="30"]'));
  assert.equal(visibleView(), "view-lock");
  assert.equal($("#lock-note").textContent, "For privacy, these pages locked themselves. Enter your PIN to continue.");
  assert.equal(document.activeElement, $("#lock-pin"));
  assert.equal($("#week-cards").children.length, 0);
  assert.equal($("#reviews-list").children.length, 0);
  assert.equal($("#pause-error").textContent, "");
});

test("options_LockButton_EndsTheSessionOnTheHostToo", async () => {
  const { $, host, unlock, click, visibleView } = await openOptionsPage({ pin: PIN });
  await unlock();
  await click($("#lock-button"));
  assert.deepEqual(host.requests.at(-1), { type: "parent.lock", fields: { session: "session-1" } });
  assert.equal(host.sessions.size, 0);
  assert.equal(visibleView(), "view-lock");
  assert.match($("#lock-note").textContent, /^Locked\./);
});

// Locked while the overview was on its way: what it brings must not fill the dashboard again, nor make the sections
// ask the host without a session, which would reset the lock screen under the PIN being typed.
test("options_LockedBeforeTheOverviewArrives_TheLateOverviewIsDropped", async () => {
  const { $, host, submit, type, click, visibleView } = await openOptionsPage({ pin: PIN });
  let release;
  const held = new Promise((resolve) => (release = resolve));
  const answer = host.request.bind(host);
  host.request = async (requestType, fields) => {
    const reply = await answer(requestType, fields);
    if (requestType === "parent.overview") await held;
    return reply;
  };
  type("#lock-pin", PIN);
  await submit("#lock-form");
  assert.equal(visibleView(), "view-dashboard");
  await click($("#lock-button"));
  assert.equal(visibleView(), "view-lock");
  const sentBeforeRelease = host.requests.length;

  type("#lock-pin", "000000");
  release();
  await click($("#lock-pin"));

  assert.deepEqual(host.requests.slice(sentBeforeRelease), []);
  assert.equal($("#lock-pin").value, "000000");
  assert.match($("#lock-note").textContent, /^Locked\./);
  assert.equal($("#week-cards").children.length, 0);
});

test("options_Profiles_AddAndEditSendTheProtocolFields", async () => {
  const { $, host, unlock, submit, type, click, buttonNamed, document } = await openOptionsPage({ pin: PIN });
  await unlock();
  type("#profile-name", "Mia");
  $("#profile-age").value = "under_10";
  $("#profile-language").value = "es";
  $("#profile-country").value = "CL";
  await submit("#profile-form");
  assert.deepEqual(host.requests.findLast((request) => request.type === "parent.save-profile").fields, {
    session: "session-1",
    profile: { name: "Mia", ageBand: "under_10", language: "es", country: "CL" },
  });
  assert.equal($("#profiles-status").textContent, "Saved Mia.");
  assert.ok(buttonNamed("Edit Mia"));

  await click(buttonNamed("Edit Ana"));
  assert.equal($("#profile-form-title").textContent, "Editing Ana");
  assert.equal(document.activeElement, $("#profile-form-title"));
  assert.equal($("#profile-country").value, "CO");
  type("#profile-name", "Anita");
  await submit("#profile-form");
  assert.deepEqual(host.requests.findLast((request) => request.type === "parent.save-profile").fields, {
    session: "session-1",
    profile: { name: "Anita", ageBand: "10_12", language: "es", country: "CO" },
    previousName: "Ana",
  });
  assert.ok(buttonNamed("Edit Anita"));
  assert.equal(buttonNamed("Edit Ana"), undefined);
  assert.equal($("#profile-form-title").textContent, "Add a child");
});

test("options_AssignAndSettings_SaveThroughTheHost", async () => {
  const { $, host, unlock, submit, document } = await openOptionsPage({ pin: PIN });
  await unlock();
  $("#assign-select").value = "Leo";
  await submit("#assign-form");
  assert.deepEqual(host.requests.at(-1), { type: "parent.assign", fields: { session: "session-1", profile: "Leo", install: INSTALL } });
  assert.equal($("#assign-status").textContent, "Saved: Leo uses this browser profile.");

  assert.equal(document.querySelector('input[name="sensitivity"]:checked').value, "standard");
  assert.equal($("#settings-retention").value, "90");
  $("#settings-retention").value = "400";
  await submit("#settings-form");
  assert.equal($("#settings-error").textContent, "Please choose a whole number of days from 7 to 365.");
  assert.equal(host.requests.at(-1).type, "parent.assign");
  document.querySelector('input[name="sensitivity"][value="high"]').checked = true;
  document.querySelector('input[name="excerpts"][value="alerts"]').checked = true;
  $("#settings-retention").value = "30";
  $("#settings-default").value = "Ana";
  await submit("#settings-form");
  assert.deepEqual(host.requests.at(-1).fields, {
    session: "session-1",
    settings: { sensitivity: "high", excerpts: "alerts", retentionDays: 30, defaultProfile: "Ana" },
  });
  assert.equal($("#settings-status").textContent, "Settings saved.");
});

test("options_Review_AgreeRecordsTheVerdictAndReplacesTheButtons", async () => {
  const { $, host, unlock, click, buttonNamed, document } = await openOptionsPage({ pin: PIN });
  await unlock();
  const agree = buttonNamed("I agree, the note was wrong");
  assert.ok(document.getElementById(agree.getAttribute("aria-describedby")).textContent.includes("alex_15"));
  agree.focus();
  await click(agree);
  assert.deepEqual(host.requests.at(-1), { type: "parent.review", fields: { session: "session-1", feedbackId: "f-1", verdict: "agree" } });
  assert.equal(buttonNamed("I agree, the note was wrong"), undefined);
  assert.match($("#reviews-list").textContent, /You agreed the note was wrong\./);
  assert.equal($("#reviews-status").textContent, "Saved: you agreed the note was wrong.");
  assert.equal(document.activeElement, $("#reviews-status"));
});

test("options_Review_AfterAgreeingTheParentCanForgetTheContact", async () => {
  const { $, host, unlock, click, buttonNamed } = await openOptionsPage({ pin: PIN });
  await unlock();
  assert.equal(buttonNamed("Forget what SafeBrowse noted about alex_15"), undefined, "only once the parent agreed");
  await click(buttonNamed("I agree, the note was wrong"));
  const forget = buttonNamed("Forget what SafeBrowse noted about alex_15");
  forget.focus();
  await click(forget);
  assert.deepEqual(host.requests.at(-1), { type: "parent.clear-contact", fields: { session: "session-1", contact: "alex_15" } });
  assert.equal($("#reviews-status").textContent, "Done: SafeBrowse starts afresh with alex_15.");
});

test("options_HostAway_SaysSoAndOffersARetry", async () => {
  const { $, host, click, visibleView } = await openOptionsPage({
    hostSetup: (family) => {
      family.away = true;
      const request = family.request.bind(family);
      family.request = async (type, fields) => {
        if (family.away) throw new PortError("host_unavailable", "Specified native messaging host not found.");
        return request(type, fields);
      };
    },
  });
  assert.equal(visibleView(), "view-loading");
  assert.match($("#loading-error").textContent, /not answering/);
  assert.equal($("#loading-retry").hidden, false);
  host.away = false;
  await click($("#loading-retry"));
  assert.equal(visibleView(), "view-setup");
});

test("options_Sources_NeverTouchStorage", () => {
  const folder = new URL("../../extension/src/options/", import.meta.url);
  const files = readdirSync(folder, { recursive: true }).filter((file) => file.endsWith(".js"));
  assert.ok(files.length > 5);
  for (const file of files) {
    const source = readFileSync(new URL(file, folder), "utf8");
    assert.doesNotMatch(source, /chrome\.storage|browser\.storage|localStorage|sessionStorage|indexedDB|document\.cookie/, file);
  }
});

test("options_SetupWithoutTheCode_AsksForItAndSendsNothing", async () => {
  const { $, host, submit, type, document } = await openOptionsPage();
  assert.equal($("#setup-code-missing").hidden, true, "a code waits, so nothing says it is missing");
  type("#setup-pin", PIN);
  type("#setup-pin-again", PIN);
  await submit("#setup-form");
  assert.equal($("#setup-error").textContent, "Type the setup code the installer printed.");
  assert.equal($("#setup-code").getAttribute("aria-invalid"), "true");
  assert.equal(document.activeElement, $("#setup-code"));
  assert.deepEqual(host.requests.map((r) => r.type), ["parent.status"]);
});

test("options_SetupWrongCodes_WaitLikeWrongPinsThenTheRightCodeSetsThePin", async () => {
  const { $, host, submit, type, timers, visibleView } = await openOptionsPage();
  const tryCode = async (code) => {
    type("#setup-code", code);
    type("#setup-pin", PIN);
    type("#setup-pin-again", PIN);
    await submit("#setup-form");
  };
  await tryCode("2222-3333-4444");
  const firstWrong = $("#setup-error").textContent;
  for (let attempt = 0; attempt < 3; attempt += 1) await tryCode("2222-3333-4444");
  const afterFour = $("#setup-error").textContent;
  await tryCode(SETUP_CODE);
  const tooSoon = $("#setup-error").textContent;
  await timers.advance(31000);
  await tryCode(SETUP_CODE.toLowerCase().replaceAll("-", " "));

  assert.equal(firstWrong, "That setup code is not right. Check it against what the installer printed.");
  assert.equal(afterFour, "Too many wrong tries. You can try again in 0:30.");
  assert.match(tooSoon, /^Too many wrong tries\. You can try again in 0:\d\d\.$/);
  assert.equal(visibleView(), "view-dashboard");
  assert.equal(host.pin, PIN);
  assert.equal(host.setupCode, null, "the code is spent");
  const sent = host.requests.filter((r) => r.type === "parent.set-pin").map((r) => r.fields.setupCode);
  assert.deepEqual(sent.at(-1), SETUP_CODE.toLowerCase().replaceAll("-", " "));
});

test("options_NoSetupCodeOnTheComputer_SaysPlainlyHowToGetOne", async () => {
  const { $ } = await openOptionsPage({ hostSetup: (host) => (host.setupCode = null) });
  assert.equal($("#setup-code-missing").hidden, false);
  assert.match($("#setup-code-missing").textContent, /run SafeBrowse's installer again, or run safebrowse-host pin reset in a terminal/);
});

test("options_OnWindowsAndLinux_EveryFixNamesThatSystemsCommand", async () => {
  const windows = await openOptionsPage({ os: "win", hostSetup: (host) => (host.setupCode = null) });
  assert.match(windows.$("#setup-code-missing").textContent, /run & "\$env:LOCALAPPDATA\\SafeBrowse\\app\\safebrowse-host\.exe" pin reset in a terminal/);
  assert.match(windows.$("#setup-code-hint").textContent, /Lost it\? Run & "\$env:LOCALAPPDATA\\SafeBrowse\\app\\safebrowse-host\.exe" pin reset on this computer\./);
  const linux = await openOptionsPage({ os: "linux", locale: "es", hostSetup: (host) => (host.setupCode = null) });
  assert.match(linux.$("#setup-code-hint").textContent, /Ejecuta ~\/\.local\/share\/safebrowse\/app\/safebrowse-host pin reset en este computador\./);
  assert.doesNotMatch(linux.document.body.textContent, /\$command\$|\$env:/);
});

test("options_Unlocked_ShowsWhenThePinWasSet", async () => {
  const { $, unlock } = await openOptionsPage({ pin: PIN });
  await unlock();
  assert.equal($("#pin-set-at").textContent, "The parents' PIN was set on Monday, November 23, 2026.");
});


test("options_Profiles_EditingTheFamilyProfileWithNoAgeKeepsItUnset", async () => {
  const familia = { ...sampleOverview().profiles[0], name: "Familia", ageBand: "unknown" };
  const { $, host, unlock, submit, click, buttonNamed } = await openOptionsPage({
    pin: PIN,
    hostSetup: (family) => family.state.profiles.push(familia),
  });
  await unlock();
  await click(buttonNamed("Edit Familia"));
  assert.equal($("#profile-age").value, "unknown");
  await submit("#profile-form");
  assert.deepEqual(host.requests.at(-1).fields, {
    session: "session-1",
    profile: { name: "Familia", ageBand: "unknown", language: "es", country: "CO" },
    previousName: "Familia",
  });
});
