import { CargoError } from '../util/errors.js';

/**
 * Parses a URL the way cargo's `IntoUrl` does, turning WHATWG's TypeError
 * into a one-line CargoError.
 */
export function parseUrl(raw: string, what = 'url'): URL {
  try {
    return new URL(raw);
  } catch {
    throw new CargoError('url', `invalid ${what} \`${raw}\``);
  }
}

/**
 * Cargo's `CanonicalUrl`: the URL used to compare sources and to name their
 * directories, so that `github.com/foo/bar`, `github.com/Foo/Bar.git/` etc.
 * all land in the same place. Never used for fetching.
 */
export function canonicalUrl(raw: string): string {
  return canonicalizeUrl(parseUrl(raw)).href;
}

/** Same as `canonicalUrl` but for an already parsed URL (not mutated). */
export function canonicalizeUrl(input: URL): URL {
  if (cannotBeABase(input)) {
    throw new CargoError('url', `invalid url \`${input.href}\`: cannot-be-a-base-URLs are not supported`);
  }
  let url = new URL(input.href);

  // Strip one trailing slash, but a bare "/" path stays (url's `pop_if_empty`).
  if (url.pathname.endsWith('/') && url.pathname !== '/') {
    url.pathname = url.pathname.slice(0, -1);
  }

  // GitHub is case-insensitive and reachable over several schemes; cargo
  // forces https and lowercases the path (host_str only, so ssh:// too).
  if (url.hostname === 'github.com') {
    url = new URL('https' + url.href.slice(url.protocol.length - 1));
    url.pathname = url.pathname.toLowerCase();
  }

  // `foo` and `foo.git` are the same repository.
  if (url.pathname.endsWith('.git')) {
    url.pathname = replaceLastSegment(url.pathname, url.pathname.slice(url.pathname.lastIndexOf('/') + 1, -4), isSpecial(url));
  }
  return url;
}

/** `path_segments().last()`, as the git ident uses it. */
export function lastPathSegment(url: URL): string {
  if (!url.pathname.startsWith('/')) return '';
  return url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
}

/** WHATWG "opaque path" URLs such as `mailto:x` or `github.com:foo/bar.git`. */
function cannotBeABase(url: URL): boolean {
  return !url.href.slice(url.protocol.length).startsWith('/');
}

const SPECIAL_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:', 'file:']);

function isSpecial(url: URL): boolean {
  return SPECIAL_SCHEMES.has(url.protocol);
}

/**
 * url's `path_segments_mut().pop().push(segment)`. `push` percent-encodes the
 * already-encoded segment again, so `%C3` becomes `%25C3`; cargo keeps that
 * quirk in the canonical URL, and so in directory names and hashes.
 */
function replaceLastSegment(path: string, segment: string, special: boolean): string {
  const lastSlash = path.lastIndexOf('/');
  const head = lastSlash <= 0 ? '/' : path.slice(0, lastSlash);
  // `push` ignores "." and ".." segments.
  if (segment === '.' || segment === '..') return head;
  return (head.length > 1 ? head + '/' : head) + encodePathSegment(segment, special);
}

// url's PATH_SEGMENT set (plus `\` for special schemes), over what can remain
// in an already-serialised path segment.
function encodePathSegment(segment: string, special: boolean): string {
  let out = '';
  for (const ch of segment) {
    const code = ch.codePointAt(0)!;
    const encode =
      code <= 0x20 || code >= 0x7f || '"#<>`?{}/%'.includes(ch) || (special && ch === '\\');
    out += encode ? percentEncodeUtf8(ch) : ch;
  }
  return out;
}

function percentEncodeUtf8(ch: string): string {
  return Array.from(new TextEncoder().encode(ch), (b) => '%' + b.toString(16).toUpperCase().padStart(2, '0')).join('');
}
