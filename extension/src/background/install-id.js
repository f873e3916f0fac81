const STORAGE_KEY = "installId";
const VALID = /^[A-Za-z0-9_-]{16,64}$/;

// One random id per browser profile, made once and kept in storage.local: the host ties this profile to a child.
export function createInstallId({ storage, randomUUID = () => crypto.randomUUID() }) {
  let loading = null;

  async function load() {
    const { [STORAGE_KEY]: stored } = await storage.get(STORAGE_KEY);
    if (typeof stored === "string" && VALID.test(stored)) return stored;
    const fresh = randomUUID();
    await storage.set({ [STORAGE_KEY]: fresh });
    return fresh;
  }

  return {
    get() {
      loading ??= load().catch((error) => {
        loading = null;
        throw error;
      });
      return loading;
    },
  };
}
