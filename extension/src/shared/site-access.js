// Every origin SafeBrowse reads chats on: the content scripts' matches and any host permissions. A browser that
// withholds any of them (Firefox's site permissions, Chrome's "on click" or "on specific sites") leaves chats unread.
export function siteOrigins(manifest) {
  const matches = (manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []);
  return [...new Set([...(manifest.host_permissions ?? []), ...matches])];
}

// Private windows cannot be granted by an API, so this only reads the setting; a parent changes it in the browser.
export async function readAccess({ permissions, extension, manifest }) {
  const [siteAccess, privateWindows] = await Promise.all([
    permissions.contains({ origins: siteOrigins(manifest) }),
    extension.isAllowedIncognitoAccess(),
  ]);
  return { siteAccess, privateWindows };
}
