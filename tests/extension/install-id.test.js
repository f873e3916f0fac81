import assert from "node:assert/strict";
import { test } from "node:test";
import { createHelloFields, helloLanguage } from "../../extension/src/background/hello-fields.js";
import { createInstallId } from "../../extension/src/background/install-id.js";

function memoryStorage(initial = {}) {
  const data = { ...initial };
  let writes = 0;
  return {
    data,
    get writes() {
      return writes;
    },
    get: async (key) => (key in data ? { [key]: data[key] } : {}),
    set: async (items) => {
      writes += 1;
      Object.assign(data, items);
    },
  };
}

const PROTOCOL_ID = /^[A-Za-z0-9_-]{16,64}$/;

test("installId_FirstUse_MakesARandomUuidAndKeepsIt", async () => {
  const storage = memoryStorage();
  const id = await createInstallId({ storage }).get();
  assert.match(id, PROTOCOL_ID);
  assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  assert.equal(storage.data.installId, id);
});

test("installId_NewWorkerSameProfile_ReadsTheStoredIdAgain", async () => {
  const storage = memoryStorage();
  const first = await createInstallId({ storage }).get();
  const afterEviction = await createInstallId({ storage, randomUUID: () => assert.fail("must not make a new id") }).get();
  assert.equal(afterEviction, first);
  assert.equal(storage.writes, 1);
});

test("installId_ConcurrentFirstCalls_WriteOnce", async () => {
  const storage = memoryStorage();
  const installId = createInstallId({ storage });
  const ids = await Promise.all([installId.get(), installId.get(), installId.get()]);
  assert.equal(new Set(ids).size, 1);
  assert.equal(storage.writes, 1);
});

test("installId_StoredValueBreaksTheProtocolRule_IsReplaced", async () => {
  const storage = memoryStorage({ installId: "short" });
  const id = await createInstallId({ storage, randomUUID: () => "0f8fad5b-d9cb-469f-a165-70867728950e" }).get();
  assert.equal(id, "0f8fad5b-d9cb-469f-a165-70867728950e");
  assert.equal(storage.data.installId, id);
});

test("installId_StorageFailsOnce_NextCallTriesAgain", async () => {
  const storage = memoryStorage();
  let failures = 1;
  const flaky = { ...storage, get: async (key) => (failures-- > 0 ? Promise.reject(new Error("busy")) : storage.get(key)) };
  const installId = createInstallId({ storage: flaky });
  await assert.rejects(installId.get());
  assert.match(await installId.get(), PROTOCOL_ID);
});

test("helloLanguage_UiLanguage_ReducedToEsOrEn", () => {
  assert.equal(helloLanguage("es-CO"), "es");
  assert.equal(helloLanguage("es"), "es");
  assert.equal(helloLanguage("ES_419"), "es");
  assert.equal(helloLanguage("en-GB"), "en");
  assert.equal(helloLanguage("fr-FR"), "en");
  assert.equal(helloLanguage("est"), "en");
  assert.equal(helloLanguage(undefined), "en");
});

test("helloFields_CarryInstallAndLanguage", async () => {
  const installId = { get: async () => "0f8fad5b-d9cb-469f-a165-70867728950e" };
  const fields = await createHelloFields({ installId, getUILanguage: () => "es-CO" })();
  assert.deepEqual(fields, { install: "0f8fad5b-d9cb-469f-a165-70867728950e", language: "es" });
});
