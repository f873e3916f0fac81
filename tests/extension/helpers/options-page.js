import { readFileSync } from "node:fs";
import { JSDOM } from "jsdom";
import { createHandlers } from "../../../extension/src/background/handlers.js";
import { createRouter } from "../../../extension/src/background/router.js";
import { startOptionsPage } from "../../../extension/src/options/options-page.js";
import { fakeI18n } from "./content-window.js";
import { until } from "./fake-chrome.js";
import { FakeFamilyHost } from "./fake-family-host.js";
import { FakeTimers, settle } from "./fake-timers.js";

const RUNTIME_ID = "kenkdnfcmdmplmpolpcjmdablipobohb";
const ORIGIN = `chrome-extension://${RUNTIME_ID}/`;
const PAGE_URL = `${ORIGIN}src/options/options.html`;
export const INSTALL = "0f8fad5b-d9cb-469f-a165-70867728950e";
export const START = Date.parse("2026-11-28T15:00:00Z");
const html = readFileSync(new URL("../../../extension/src/options/options.html", import.meta.url), "utf8");

// The options page on its HTML, talking to the real router and relay, with a fake host behind the port.
export async function openOptionsPage({ pin = null, locale = "en", os = null, hostSetup = () => {} } = {}) {
  const dom = new JSDOM(html, { url: PAGE_URL, pretendToBeVisual: true });
  const { window } = dom;
  const blobs = new Map();
  const revoked = [];
  window.URL.createObjectURL = (blob) => {
    const url = `blob:${ORIGIN.slice(0, -1)}/${blobs.size + 1}`;
    blobs.set(url, blob);
    return url;
  };
  window.URL.revokeObjectURL = (url) => revoked.push(url);

  const timers = new FakeTimers();
  const now = () => START + timers.now;
  const host = new FakeFamilyHost({ now, pin });
  hostSetup(host);
  const family = [];
  const { contentHandlers, extensionHandlers } = createHandlers({
    port: host,
    statusStore: { updateFamily: async (fields) => family.push(fields) },
    installId: { get: async () => INSTALL },
    log: { warn() {}, debug() {} },
  });
  const dispatch = createRouter({ runtimeId: RUNTIME_ID, extensionOrigin: ORIGIN, contentHandlers, extensionHandlers, log: { warn() {} } });
  // open_in_tab: the browser reports the options page with its tab, unlike the popup.
  const sender = { id: RUNTIME_ID, url: PAGE_URL, origin: ORIGIN.slice(0, -1), tab: { id: 7, url: PAGE_URL } };
  // Structured clone, as runtime messaging does: the page gets no live objects from the background.
  const runtime = { sendMessage: async (message) => structuredClone(await dispatch(structuredClone(message), sender)) };

  const page = startOptionsPage({ doc: window.document, runtime, i18n: fakeI18n(locale), os, timers, now });
  await page.ready;
  const document = window.document;
  const $ = (selector) => document.querySelector(selector);
  const visibleView = () => [...document.querySelectorAll(".view")].find((view) => !view.hidden)?.id;

  const settleAll = async () => {
    for (let i = 0; i < 5; i += 1) await settle();
  };
  const submit = async (formSelector) => {
    $(formSelector).requestSubmit();
    await settleAll();
  };
  const click = async (element) => {
    element.click();
    await settleAll();
  };
  const type = (selector, value) => {
    $(selector).value = value;
  };
  const buttonNamed = (text) => [...document.querySelectorAll("button")].find((button) => button.textContent === text);
  const unlock = async (value = pin) => {
    type("#lock-pin", value);
    await submit("#lock-form");
    await until(() => visibleView() === "view-dashboard" && $("#week-cards").children.length > 0);
  };

  return { window, document, $, host, timers, blobs, revoked, family, visibleView, submit, click, type, buttonNamed, unlock };
}
