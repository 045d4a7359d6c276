/**
 * This page's own address with another query and/or hash, always absolute. A path-relative URL built from
 * `location.pathname` is not safe: a path that starts with "//" (http://host//evil.example/) reads as another host,
 * so history.replaceState throws a SecurityError and a link built that way leaves the site.
 */
export function pageUrl(
  parts: { search?: string; hash?: string },
  // No window when the build prerenders the first view; nothing writes URLs then.
  href: string = window.location.href,
): string {
  const url = new URL(href);
  if (parts.search !== undefined) url.search = parts.search;
  if (parts.hash !== undefined) url.hash = parts.hash;
  return url.href;
}
