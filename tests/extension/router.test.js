import assert from "node:assert/strict";
import { test } from "node:test";
import { createHandlers } from "../../extension/src/background/handlers.js";
import { OBSERVED } from "../../extension/src/background/observed-batch.js";
import { createRouter } from "../../extension/src/background/router.js";

const runtimeId = "kenkdnfcmdmplmpolpcjmdablipobohb";
const origin = `chrome-extension://${runtimeId}/`;
const quiet = { warn() {} };

function router() {
  const calls = [];
  const dispatch = createRouter({
    runtimeId,
    extensionOrigin: origin,
    contentHandlers: new Map([["cs-bg-observed", async (message) => (calls.push(message.type), { ok: true, decisions: [] })]]),
    extensionHandlers: new Map([["popup-bg-status", async (message) => (calls.push(message.type), { ok: true, status: {} })]]),
    log: quiet,
  });
  return { dispatch, calls };
}

const contentScript = { id: runtimeId, tab: { id: 4, url: "https://chat.example/" }, url: "https://chat.example/", origin: "https://chat.example" };
const popup = { id: runtimeId, url: `${origin}src/popup/popup.html`, origin: origin.slice(0, -1) };

test("dispatch_ContentScriptSendsObserved_ReachesHandler", async () => {
  const { dispatch, calls } = router();
  const response = await dispatch({ type: "cs-bg-observed" }, contentScript);
  assert.equal(response.ok, true);
  assert.deepEqual(calls, ["cs-bg-observed"]);
});

test("dispatch_ContentScriptAsksForPrivilegedType_IsRefused", async () => {
  const { dispatch, calls } = router();
  const response = await dispatch({ type: "popup-bg-status" }, contentScript);
  assert.equal(response.ok, false);
  assert.equal(response.type, "error");
  assert.equal(response.error.code, "forbidden");
  assert.deepEqual(calls, []);
});

test("dispatch_PopupAsksForStatus_IsAllowed", async () => {
  const { dispatch, calls } = router();
  const response = await dispatch({ type: "popup-bg-status" }, popup);
  assert.equal(response.ok, true);
  assert.deepEqual(calls, ["popup-bg-status"]);
});

test("dispatch_PrivilegedTypeFromForeignOriginUrl_IsRefused", async () => {
  const { dispatch, calls } = router();
  const spoofed = { id: runtimeId, url: "https://evil.example/src/popup/popup.html" };
  assert.equal((await dispatch({ type: "popup-bg-status" }, spoofed)).error.code, "forbidden");
  const otherExtension = { id: "abcdefghijklmnopabcdefghijklmnop", url: `${origin}src/popup/popup.html` };
  assert.equal((await dispatch({ type: "popup-bg-status" }, otherExtension)).error.code, "forbidden");
  assert.deepEqual(calls, []);
});

test("dispatch_PrototypeKeysAsTypes_AreNotHandlers", async () => {
  const { dispatch, calls } = router();
  for (const type of ["toString", "constructor", "__proto__", "hasOwnProperty", "valueOf"]) {
    const response = await dispatch({ type }, popup);
    assert.equal(response.error?.code, "unknown_type", type);
  }
  assert.deepEqual(calls, []);
});

test("dispatch_MissingOrNonStringType_IsBadRequest", async () => {
  const { dispatch } = router();
  assert.equal((await dispatch(undefined, popup)).error.code, "bad_request");
  assert.equal((await dispatch({ type: 7 }, popup)).error.code, "bad_request");
});

test("dispatch_HandlerThrows_AnswersInternalError", async () => {
  const dispatch = createRouter({
    runtimeId,
    extensionOrigin: origin,
    contentHandlers: new Map([["cs-bg-observed", () => { throw new Error("boom"); }]]),
    extensionHandlers: new Map(),
    log: quiet,
  });
  const response = await dispatch({ type: "cs-bg-observed" }, contentScript);
  assert.deepEqual(response.error.code, "internal");
});

test("dispatch_ContentScriptAsksForParentRelay_IsRefusedBeforeTheHost", async () => {
  const requests = [];
  const port = { request: async (type) => (requests.push(type), { ok: true, type }) };
  const { contentHandlers, extensionHandlers } = createHandlers({ port, statusStore: {}, installId: { get: async () => "x".repeat(16) } });
  const dispatch = createRouter({ runtimeId, extensionOrigin: origin, contentHandlers, extensionHandlers, log: quiet });
  const options = { id: runtimeId, url: `${origin}src/options/options.html`, origin: origin.slice(0, -1) };

  const fromPage = await dispatch({ type: "options-bg-parent", request: { type: "parent.status" } }, contentScript);
  assert.equal(fromPage.error.code, "forbidden");
  assert.deepEqual(requests, []);
  const fromOptions = await dispatch({ type: "options-bg-parent", request: { type: "parent.status" } }, options);
  assert.equal(fromOptions.ok, true);
  assert.deepEqual(requests, ["parent.status"]);
});

test("dispatch_ContentScriptSendsFeedback_ReachesHandler", async () => {
  const requests = [];
  const port = { request: async (type, fields) => (requests.push({ type, fields }), { ok: true }) };
  const { contentHandlers, extensionHandlers } = createHandlers({ port, statusStore: {}, installId: {} });
  const dispatch = createRouter({ runtimeId, extensionOrigin: origin, contentHandlers, extensionHandlers, log: quiet });
  const response = await dispatch({ type: "cs-bg-feedback", conversation: "c", contact: "alex", categories: ["gifts"] }, contentScript);
  assert.equal(response.ok, true);
  assert.equal(requests[0].fields.site, "chat.example");
});

test("dispatch_OptionsPageOpenInATab_IsAnExtensionPage", async () => {
  const { dispatch, calls } = router();
  const optionsTab = { id: runtimeId, url: `${origin}src/options/options.html`, origin: origin.slice(0, -1), tab: { id: 9, url: `${origin}src/options/options.html` } };
  assert.equal((await dispatch({ type: "popup-bg-status" }, optionsTab)).ok, true);
  assert.deepEqual(calls, ["popup-bg-status"]);
});

test("dispatch_ExtensionUrlInsideAWebPageTab_IsRefused", async () => {
  const { dispatch, calls } = router();
  const framed = { id: runtimeId, url: `${origin}src/options/options.html`, tab: { id: 4, url: "https://evil.example/" } };
  assert.equal((await dispatch({ type: "popup-bg-status" }, framed)).error.code, "forbidden");
  const wrongOrigin = { id: runtimeId, url: `${origin}src/options/options.html`, origin: "https://evil.example" };
  assert.equal((await dispatch({ type: "popup-bg-status" }, wrongOrigin)).error.code, "forbidden");
  assert.deepEqual(calls, []);
});

function realRouter() {
  const requests = [];
  let probes = 0;
  const port = {
    request: async (type) => (requests.push(type), { ok: true, type }),
    ensureConnected: () => (probes += 1),
  };
  const statusStore = { read: async () => ({ state: "connected" }) };
  const handlers = createHandlers({ port, statusStore, installId: { get: async () => "x".repeat(16) }, log: quiet });
  const dispatch = createRouter({ runtimeId, extensionOrigin: origin, ...handlers, log: quiet });
  return { dispatch, handlers, requests, probes: () => probes };
}

test("dispatch_ContentScriptAsksForEveryPrivilegedType_IsForbiddenAndNothingReachesTheHost", async () => {
  const { dispatch, handlers, requests, probes } = realRouter();
  const privileged = [...handlers.extensionHandlers.keys()];
  assert.deepEqual(privileged.sort(), ["options-bg-parent", "popup-bg-status"]);
  for (const type of privileged) {
    for (const request of [{ type: "parent.status" }, { type: "parent.unlock", pin: "123456" }, { type: "parent.overview", session: "s" }]) {
      const response = await dispatch({ type, request }, contentScript);
      assert.equal(response.error?.code, "forbidden", `${type} ${request.type}`);
    }
  }
  assert.deepEqual(requests, []);
  assert.equal(probes(), 0);
});

test("dispatch_TabClaimsAnExtensionPage_IsForbidden", async () => {
  const { dispatch, requests } = realRouter();
  const optionsUrl = `${origin}src/options/options.html`;
  const claims = [
    // What the message says about its sender counts for nothing.
    [{ type: "options-bg-parent", request: { type: "parent.status" }, url: optionsUrl, origin, sender: { url: optionsUrl } }, contentScript],
    // A web page's tab whose sender URL says extension page.
    [{ type: "options-bg-parent", request: { type: "parent.status" } }, { id: runtimeId, url: optionsUrl, origin: origin.slice(0, -1), tab: { id: 4, url: "https://chat.example/" } }],
    // A web page's frame in a tab that shows an extension page.
    [{ type: "popup-bg-status" }, { id: runtimeId, url: "https://chat.example/", origin: "https://chat.example", tab: { id: 9, url: optionsUrl } }],
    // A look-alike origin.
    [{ type: "popup-bg-status" }, { id: runtimeId, url: `chrome-extension://${runtimeId}.evil.example/src/popup/popup.html` }],
  ];
  for (const [message, sender] of claims) assert.equal((await dispatch(message, sender)).error?.code, "forbidden", JSON.stringify(sender));
  assert.deepEqual(requests, []);
});

test("dispatch_AnotherExtensionSendsContentTypes_IsForbidden", async () => {
  const { dispatch, handlers, requests } = realRouter();
  const otherExtension = { ...contentScript, id: "abcdefghijklmnopabcdefghijklmnop" };
  const contentTypes = [...handlers.contentHandlers.keys()];
  assert.deepEqual(contentTypes.sort(), ["cs-bg-child-strings", "cs-bg-feedback"]);
  for (const type of contentTypes) {
    assert.equal((await dispatch({ type, conversation: "c", contact: "a", messages: [] }, otherExtension)).error?.code, "forbidden");
  }
  assert.deepEqual(requests, []);
});

test("dispatch_ObservedBatchAsARuntimeMessage_IsUnknownAndNothingIsScored", async () => {
  const { dispatch, requests } = realRouter();
  const response = await dispatch({ type: OBSERVED, site: "chat.example", conversations: ["c"], contacts: ["a"], rows: [[0, 0, 0, "hola", "2026-12-08T10:00:00Z", "k"]] }, contentScript);
  assert.equal(response.error?.code, "unknown_type");
  assert.deepEqual(requests, []);
});
