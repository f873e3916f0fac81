// A WebExtension match pattern ("https://*.example.com/path*") as a test on a URL, for the few patterns a manifest
// declares. Paths match with their query, as the browser matches them; the fragment never counts.
export function matchesPattern(pattern, url) {
  const parts = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/.exec(pattern);
  let address;
  try {
    address = new URL(url);
  } catch {
    return false;
  }
  if (!parts || !/^https?:$/.test(address.protocol)) return false;
  const [, scheme, host, path] = parts;
  if (scheme !== "*" && `${scheme}:` !== address.protocol) return false;
  if (host.startsWith("*.")) {
    const domain = host.slice(2);
    if (address.hostname !== domain && !address.hostname.endsWith(`.${domain}`)) return false;
  } else if (host !== "*" && host !== address.hostname) return false;
  const glob = new RegExp(`^${path.split("*").map((piece) => piece.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);
  return glob.test(`${address.pathname}${address.search}`);
}
