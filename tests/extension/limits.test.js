import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { test } from "node:test";
import { LIMITS as workerLimits } from "../../extension/src/background/sanitize.js";
import { contentWindow } from "./helpers/content-window.js";

// The host's limits are the one home (docs/protocol.md, score); the worker trims to them and the content scripts clip
// to them, in their own worlds (classic scripts, an ES module), so this test keeps the three equal.
const hostDir = new URL("../../host/", import.meta.url);
const validatorPath = readdirSync(hostDir, { recursive: true }).find((file) => file.endsWith("ScoreRequestValidator.cs"));
const validator = readFileSync(new URL(validatorPath, hostDir), "utf8");
const hostConstant = (name) => Number(new RegExp(`const int ${name} = (\\d+);`).exec(validator)?.[1]);

const contentLimits = contentWindow("", { files: ["src/content/adapters/adapter-kit.js"] }).window.SafeBrowse.adapterKit.LIMITS;

test("limits_Worker_AreTheHostsScoreLimits", () => {
  assert.deepEqual(
    { site: workerLimits.site, conversation: workerLimits.conversation, contact: workerLimits.contact, text: workerLimits.text, key: workerLimits.key },
    {
      site: hostConstant("MaxSiteLength"),
      conversation: hostConstant("MaxIdentifierLength"),
      contact: hostConstant("MaxIdentifierLength"),
      text: hostConstant("MaxTextLength"),
      key: hostConstant("MaxKeyLength"),
    },
  );
});

test("limits_ContentScripts_AreTheWorkersLimits", () => {
  for (const field of ["conversation", "contact", "text", "key"]) assert.equal(contentLimits[field], workerLimits[field], field);
});
