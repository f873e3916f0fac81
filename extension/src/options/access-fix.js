import { readAccess, siteOrigins } from "../shared/site-access.js";

// Private windows cannot be allowed by an API: the parent is told where the browser keeps the setting.
// runtime.getBrowserInfo exists only in Firefox.
export const privateWindowsHelpKey = (runtime) =>
  typeof runtime.getBrowserInfo === "function" ? "accessPrivateHowFirefox" : "accessPrivateHowChromium";

// Shown above every view, PIN or not: granting SafeBrowse access only adds protection, so nobody needs to unlock it.
export function startAccessFix({ doc, t, permissions, extension, runtime }) {
  const section = doc.getElementById("access");
  const siteProblem = doc.getElementById("access-sites");
  const privateProblem = doc.getElementById("access-private");
  const fixSites = doc.getElementById("access-sites-fix");
  const note = doc.getElementById("access-note");
  const manifest = runtime.getManifest();
  doc.getElementById("access-private-how").textContent = t(privateWindowsHelpKey(runtime));

  async function check() {
    const { siteAccess, privateWindows } = await readAccess({ permissions, extension, manifest });
    siteProblem.hidden = siteAccess;
    privateProblem.hidden = privateWindows;
    section.hidden = siteAccess && privateWindows && note.textContent === "";
    return siteAccess;
  }

  // permissions.request must run straight from the click: awaiting anything first loses the user gesture.
  // The box stays open after a grant so the parent reads that it worked.
  const tell = (granted) => {
    note.textContent = t(granted ? "accessSitesGranted" : "accessSitesRefused");
    section.hidden = false;
  };
  fixSites.addEventListener("click", () => {
    note.textContent = "";
    permissions
      .request({ origins: siteOrigins(manifest) })
      .then(async (granted) => tell(granted && (await check())))
      .catch(() => tell(false));
  });

  permissions.onAdded?.addListener(check);
  permissions.onRemoved?.addListener(check);
  return check();
}
