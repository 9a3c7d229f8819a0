#!/usr/bin/env node
import { createRequire as __ccRequire } from 'node:module';
const require = __ccRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to2, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to2, key) && key !== except)
        __defProp(to2, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to2;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/cargo/util/errors.ts
function resolveWhere(where) {
  return typeof where === "function" ? where() : where;
}
function formatLocation(loc) {
  if (loc.line === void 0) return loc.file;
  return loc.col === void 0 ? `${loc.file}:${loc.line}` : `${loc.file}:${loc.line}:${loc.col}`;
}
function oneLine(message) {
  return message.replace(/\s*[\r\n\u2028\u2029\u0085]+\s*/g, " ").replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}
function isCargoError(e) {
  return e instanceof CargoError;
}
var CargoError;
var init_errors = __esm({
  "src/cargo/util/errors.ts"() {
    "use strict";
    CargoError = class extends Error {
      kind;
      location;
      constructor(kind, message, location) {
        super(oneLine(message));
        this.name = "CargoError";
        this.kind = kind;
        this.location = location;
      }
      oneLine() {
        return this.location ? `${formatLocation(this.location)}: ${this.message}` : this.message;
      }
    };
  }
});

// src/cargo/core/canonical_url.ts
function parseUrl(raw, what = "url") {
  try {
    return new URL(raw);
  } catch {
    throw new CargoError("url", `invalid ${what} \`${raw}\``);
  }
}
function canonicalUrl(raw) {
  return canonicalizeUrl(parseUrl(raw)).href;
}
function canonicalizeUrl(input) {
  if (cannotBeABase(input)) {
    throw new CargoError("url", `invalid url \`${input.href}\`: cannot-be-a-base-URLs are not supported`);
  }
  let url = new URL(input.href);
  if (url.pathname.endsWith("/") && url.pathname !== "/") {
    url.pathname = url.pathname.slice(0, -1);
  }
  if (url.hostname === "github.com") {
    url = new URL("https" + url.href.slice(url.protocol.length - 1));
    url.pathname = url.pathname.toLowerCase();
  }
  if (url.pathname.endsWith(".git")) {
    url.pathname = replaceLastSegment(url.pathname, url.pathname.slice(url.pathname.lastIndexOf("/") + 1, -4), isSpecial(url));
  }
  return url;
}
function lastPathSegment(url) {
  if (!url.pathname.startsWith("/")) return "";
  return url.pathname.slice(url.pathname.lastIndexOf("/") + 1);
}
function cannotBeABase(url) {
  return !url.href.slice(url.protocol.length).startsWith("/");
}
function isSpecial(url) {
  return SPECIAL_SCHEMES.has(url.protocol);
}
function replaceLastSegment(path20, segment, special) {
  const lastSlash = path20.lastIndexOf("/");
  const head = lastSlash <= 0 ? "/" : path20.slice(0, lastSlash);
  if (segment === "." || segment === "..") return head;
  return (head.length > 1 ? head + "/" : head) + encodePathSegment(segment, special);
}
function encodePathSegment(segment, special) {
  let out = "";
  for (const ch of segment) {
    const code = ch.codePointAt(0);
    const encode = code <= 32 || code >= 127 || '"#<>`?{}/%'.includes(ch) || special && ch === "\\";
    out += encode ? percentEncodeUtf8(ch) : ch;
  }
  return out;
}
function percentEncodeUtf8(ch) {
  return Array.from(new TextEncoder().encode(ch), (b2) => "%" + b2.toString(16).toUpperCase().padStart(2, "0")).join("");
}
var SPECIAL_SCHEMES;
var init_canonical_url = __esm({
  "src/cargo/core/canonical_url.ts"() {
    "use strict";
    init_errors();
    SPECIAL_SCHEMES = /* @__PURE__ */ new Set(["http:", "https:", "ws:", "wss:", "ftp:", "file:"]);
  }
});

// src/cargo/core/source_id.ts
var source_id_exports = {};
__export(source_id_exports, {
  CRATES_IO_HTTP_INDEX: () => CRATES_IO_HTTP_INDEX,
  CRATES_IO_INDEX: () => CRATES_IO_INDEX,
  SOURCE_KIND_DISCRIMINANT: () => SOURCE_KIND_DISCRIMINANT,
  SourceId: () => SourceId,
  formUrlencode: () => formUrlencode
});
import { isAbsolute } from "node:path";
import { pathToFileURL as pathToFileURL2 } from "node:url";
function fileUrl(absPath) {
  if (!isAbsolute(absPath)) throw new CargoError("url", `path \`${absPath}\` is not absolute`);
  return pathToFileURL2(absPath).href;
}
function gitReferenceFromQuery(params) {
  let reference = { kind: "default" };
  for (const [k2, v2] of params) {
    if (k2 === "branch" || k2 === "ref") reference = { kind: "branch", name: v2 };
    else if (k2 === "tag") reference = { kind: "tag", name: v2 };
    else if (k2 === "rev") reference = { kind: "rev", name: v2 };
  }
  return reference;
}
function prettyRef(ref, encoded) {
  if (ref.kind === "default") return void 0;
  return `${ref.kind}=${encoded ? formUrlencode(ref.name) : ref.name}`;
}
function formUrlencode(value) {
  let out = "";
  for (const b2 of new TextEncoder().encode(value)) {
    const c = String.fromCharCode(b2);
    if (/[A-Za-z0-9*\-._]/.test(c)) out += c;
    else if (b2 === 32) out += "+";
    else out += "%" + b2.toString(16).toUpperCase().padStart(2, "0");
  }
  return out;
}
var SOURCE_KIND_DISCRIMINANT, CRATES_IO_INDEX, CRATES_IO_HTTP_INDEX, SourceId;
var init_source_id = __esm({
  "src/cargo/core/source_id.ts"() {
    "use strict";
    init_errors();
    init_canonical_url();
    SOURCE_KIND_DISCRIMINANT = {
      git: 0,
      path: 1,
      registry: 2,
      sparse: 3,
      "local-registry": 4,
      directory: 5
    };
    CRATES_IO_INDEX = "https://github.com/rust-lang/crates.io-index";
    CRATES_IO_HTTP_INDEX = "sparse+https://index.crates.io/";
    SourceId = class _SourceId {
      constructor(kind, url, gitReference2, precise) {
        this.kind = kind;
        this.url = url;
        this.gitReference = gitReference2;
        this.precise = precise;
      }
      kind;
      url;
      gitReference;
      precise;
      canonical;
      identity;
      static cratesIo() {
        return _SourceId.forRegistryIndex(CRATES_IO_HTTP_INDEX);
      }
      /** A remote registry index; `sparse+` makes it a sparse registry. */
      static forRegistryIndex(url) {
        const kind = url.startsWith("sparse+") ? "sparse" : "registry";
        return _SourceId.create(kind, url);
      }
      static forGit(url, reference = { kind: "default" }) {
        return _SourceId.create("git", url, { ...reference });
      }
      static forPath(absPath) {
        return new _SourceId("path", fileUrl(absPath));
      }
      static forLocalRegistry(absPath) {
        return new _SourceId("local-registry", fileUrl(absPath));
      }
      static forDirectory(absPath) {
        return new _SourceId("directory", fileUrl(absPath));
      }
      /**
       * Parses a Cargo.lock `source = "..."` value (cargo's `SourceId::from_url`):
       * `registry+URL`, `sparse+URL`, `path+URL`, `git+URL[?branch=|tag=|rev=][#sha]`.
       */
      static parseLockfileSource(source, loc) {
        const plus = source.indexOf("+");
        if (plus < 0) throw new CargoError("lockfile", `invalid source \`${source}\``, loc);
        const protocol = source.slice(0, plus);
        const rest = source.slice(plus + 1);
        if (!["git", "registry", "sparse", "path"].includes(protocol)) {
          throw new CargoError("lockfile", `unsupported source protocol \`${protocol}\` in \`${source}\``, loc);
        }
        try {
          switch (protocol) {
            case "git": {
              const url = parseUrl(rest);
              const reference = gitReferenceFromQuery(url.searchParams);
              const precise = rest.includes("#") ? url.hash.slice(1) : void 0;
              url.search = "";
              url.hash = "";
              return _SourceId.create("git", url.href, reference, precise);
            }
            case "registry":
              return _SourceId.create("registry", rest);
            case "sparse":
              return _SourceId.create("sparse", source);
            default:
              return _SourceId.create("path", rest);
          }
        } catch (e) {
          if (e instanceof CargoError) throw new CargoError("lockfile", `invalid source \`${source}\`: ${e.message}`, loc);
          throw e;
        }
      }
      static create(kind, rawUrl, ref, precise) {
        const url = parseUrl(rawUrl);
        const id = new _SourceId(kind, url.href, kind === "git" ? ref ?? { kind: "default" } : void 0, precise);
        id.canonicalUrl();
        return id;
      }
      /** The same source pinned to a git commit (or unpinned with `undefined`). */
      withPrecise(precise) {
        return new _SourceId(this.kind, this.url, this.gitReference, precise);
      }
      canonicalUrl() {
        this.canonical ??= canonicalizeUrl(new URL(this.url)).href;
        return this.canonical;
      }
      /** Exactly what cargo writes as `source = "..."` in Cargo.lock. */
      toLockfileString(opts = {}) {
        switch (this.kind) {
          case "sparse":
            return this.url;
          // already carries `sparse+`
          case "git": {
            let s3 = `git+${this.url}`;
            const pretty = prettyRef(this.gitReference ?? { kind: "default" }, opts.encodeGitRef ?? true);
            if (pretty !== void 0) s3 += `?${pretty}`;
            if (this.precise !== void 0) s3 += `#${this.precise}`;
            return s3;
          }
          default:
            return `${this.kind}+${this.url}`;
        }
      }
      toString() {
        return this.toLockfileString();
      }
      isRegistry() {
        return this.kind === "registry" || this.kind === "sparse";
      }
      isSparse() {
        return this.kind === "sparse";
      }
      isGit() {
        return this.kind === "git";
      }
      isPath() {
        return this.kind === "path";
      }
      isCratesIo() {
        return this.isRegistry() && (this.url === CRATES_IO_INDEX || this.url === CRATES_IO_HTTP_INDEX);
      }
      /** Identity as cargo's `SourceId` equality sees it: kind, git ref, canonical URL; not `precise`. */
      key() {
        if (this.identity === void 0) {
          const ref = this.kind === "git" ? prettyRef(this.gitReference ?? { kind: "default" }, true) ?? "" : "";
          this.identity = `${this.kind}:${ref}:${this.canonicalUrl()}`;
        }
        return this.identity;
      }
      equals(other) {
        return this.key() === other.key();
      }
    };
  }
});

// node_modules/semver/internal/constants.js
var require_constants = __commonJS({
  "node_modules/semver/internal/constants.js"(exports, module) {
    "use strict";
    var SEMVER_SPEC_VERSION = "2.0.0";
    var MAX_LENGTH = 256;
    var MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER || /* istanbul ignore next */
    9007199254740991;
    var MAX_SAFE_COMPONENT_LENGTH = 16;
    var MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6;
    var WHITESPACE_CHARACTERS = [
      "	",
      "\n",
      "\v",
      "\f",
      "\r",
      " ",
      "\xA0",
      "\u1680",
      "\u2000",
      "\u2001",
      "\u2002",
      "\u2003",
      "\u2004",
      "\u2005",
      "\u2006",
      "\u2007",
      "\u2008",
      "\u2009",
      "\u200A",
      "\u2028",
      "\u2029",
      "\u202F",
      "\u205F",
      "\u3000",
      "\uFEFF"
    ];
    var RELEASE_TYPES = [
      "major",
      "premajor",
      "minor",
      "preminor",
      "patch",
      "prepatch",
      "prerelease"
    ];
    module.exports = {
      MAX_LENGTH,
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_SAFE_INTEGER,
      WHITESPACE_CHARACTERS,
      RELEASE_TYPES,
      SEMVER_SPEC_VERSION,
      FLAG_INCLUDE_PRERELEASE: 1,
      FLAG_LOOSE: 2
    };
  }
});

// node_modules/semver/internal/debug.js
var require_debug = __commonJS({
  "node_modules/semver/internal/debug.js"(exports, module) {
    "use strict";
    var debug = typeof process === "object" && process.env && process.env.NODE_DEBUG && /\bsemver\b/i.test(process.env.NODE_DEBUG) ? (...args) => console.error("SEMVER", ...args) : () => {
    };
    module.exports = debug;
  }
});

// node_modules/semver/internal/re.js
var require_re = __commonJS({
  "node_modules/semver/internal/re.js"(exports, module) {
    "use strict";
    var {
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_LENGTH
    } = require_constants();
    var debug = require_debug();
    exports = module.exports = {};
    var re2 = exports.re = [];
    var safeRe = exports.safeRe = [];
    var src = exports.src = [];
    var safeSrc = exports.safeSrc = [];
    var t = exports.t = {};
    var R2 = 0;
    var LETTERDASHNUMBER = "[a-zA-Z0-9-]";
    var safeRegexReplacements = [
      ["\\s", 1],
      ["\\d", MAX_LENGTH],
      [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH]
    ];
    var makeSafeRegex = (value) => {
      for (const [token, max] of safeRegexReplacements) {
        value = value.split(`${token}*`).join(`${token}{0,${max}}`).split(`${token}+`).join(`${token}{1,${max}}`);
      }
      return value;
    };
    var createToken = (name, value, isGlobal) => {
      const safe = makeSafeRegex(value);
      const index = R2++;
      debug(name, index, value);
      t[name] = index;
      src[index] = value;
      safeSrc[index] = safe;
      re2[index] = new RegExp(value, isGlobal ? "g" : void 0);
      safeRe[index] = new RegExp(safe, isGlobal ? "g" : void 0);
    };
    createToken("NUMERICIDENTIFIER", "0|[1-9]\\d*");
    createToken("NUMERICIDENTIFIERLOOSE", "\\d+");
    createToken("NONNUMERICIDENTIFIER", `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);
    createToken("MAINVERSION", `(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})`);
    createToken("MAINVERSIONLOOSE", `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASEIDENTIFIER", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIER]})`);
    createToken("PRERELEASEIDENTIFIERLOOSE", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASE", `(?:-(${src[t.PRERELEASEIDENTIFIER]}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`);
    createToken("PRERELEASELOOSE", `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`);
    createToken("BUILDIDENTIFIER", `${LETTERDASHNUMBER}+`);
    createToken("BUILD", `(?:\\+(${src[t.BUILDIDENTIFIER]}(?:\\.${src[t.BUILDIDENTIFIER]})*))`);
    createToken("FULLPLAIN", `v?${src[t.MAINVERSION]}${src[t.PRERELEASE]}?${src[t.BUILD]}?`);
    createToken("FULL", `^${src[t.FULLPLAIN]}$`);
    createToken("LOOSEPLAIN", `[v=\\s]*${src[t.MAINVERSIONLOOSE]}${src[t.PRERELEASELOOSE]}?${src[t.BUILD]}?`);
    createToken("LOOSE", `^${src[t.LOOSEPLAIN]}$`);
    createToken("GTLT", "((?:<|>)?=?)");
    createToken("XRANGEIDENTIFIERLOOSE", `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
    createToken("XRANGEIDENTIFIER", `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`);
    createToken("XRANGEPLAIN", `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:${src[t.PRERELEASE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGEPLAINLOOSE", `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:${src[t.PRERELEASELOOSE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`);
    createToken("XRANGELOOSE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COERCEPLAIN", `${"(^|[^\\d])(\\d{1,"}${MAX_SAFE_COMPONENT_LENGTH}})(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
    createToken("COERCE", `${src[t.COERCEPLAIN]}(?:$|[^\\d])`);
    createToken("COERCEFULL", src[t.COERCEPLAIN] + `(?:${src[t.PRERELEASE]})?(?:${src[t.BUILD]})?(?:$|[^\\d])`);
    createToken("COERCERTL", src[t.COERCE], true);
    createToken("COERCERTLFULL", src[t.COERCEFULL], true);
    createToken("LONETILDE", "(?:~>?)");
    createToken("TILDETRIM", `(\\s*)${src[t.LONETILDE]}\\s+`, true);
    exports.tildeTrimReplace = "$1~";
    createToken("TILDE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`);
    createToken("TILDELOOSE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("LONECARET", "(?:\\^)");
    createToken("CARETTRIM", `(\\s*)${src[t.LONECARET]}\\s+`, true);
    exports.caretTrimReplace = "$1^";
    createToken("CARET", `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`);
    createToken("CARETLOOSE", `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COMPARATORLOOSE", `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`);
    createToken("COMPARATOR", `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`);
    createToken("COMPARATORTRIM", `(\\s*)${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true);
    exports.comparatorTrimReplace = "$1$2$3";
    createToken("HYPHENRANGE", `^\\s*(${src[t.XRANGEPLAIN]})\\s+-\\s+(${src[t.XRANGEPLAIN]})\\s*$`);
    createToken("HYPHENRANGELOOSE", `^\\s*(${src[t.XRANGEPLAINLOOSE]})\\s+-\\s+(${src[t.XRANGEPLAINLOOSE]})\\s*$`);
    createToken("STAR", "(<|>)?=?\\s*\\*");
    createToken("GTE0", "^\\s*>=\\s*0\\.0\\.0\\s*$");
    createToken("GTE0PRE", "^\\s*>=\\s*0\\.0\\.0-0\\s*$");
  }
});

// node_modules/semver/internal/parse-options.js
var require_parse_options = __commonJS({
  "node_modules/semver/internal/parse-options.js"(exports, module) {
    "use strict";
    var looseOption = Object.freeze({ loose: true });
    var emptyOpts = Object.freeze({});
    var parseOptions = (options) => {
      if (!options) {
        return emptyOpts;
      }
      if (typeof options !== "object") {
        return looseOption;
      }
      return options;
    };
    module.exports = parseOptions;
  }
});

// node_modules/semver/internal/identifiers.js
var require_identifiers = __commonJS({
  "node_modules/semver/internal/identifiers.js"(exports, module) {
    "use strict";
    var numeric = /^[0-9]+$/;
    var compareIdentifiers = (a, b2) => {
      if (typeof a === "number" && typeof b2 === "number") {
        return a === b2 ? 0 : a < b2 ? -1 : 1;
      }
      const anum = numeric.test(a);
      const bnum = numeric.test(b2);
      if (anum && bnum) {
        a = +a;
        b2 = +b2;
      }
      return a === b2 ? 0 : anum && !bnum ? -1 : bnum && !anum ? 1 : a < b2 ? -1 : 1;
    };
    var rcompareIdentifiers = (a, b2) => compareIdentifiers(b2, a);
    module.exports = {
      compareIdentifiers,
      rcompareIdentifiers
    };
  }
});

// node_modules/semver/classes/semver.js
var require_semver = __commonJS({
  "node_modules/semver/classes/semver.js"(exports, module) {
    "use strict";
    var debug = require_debug();
    var { MAX_LENGTH, MAX_SAFE_INTEGER } = require_constants();
    var { safeRe: re2, t } = require_re();
    var parseOptions = require_parse_options();
    var { compareIdentifiers } = require_identifiers();
    var isPrereleaseIdentifier = (prerelease, identifier2) => {
      const identifiers = identifier2.split(".");
      if (identifiers.length > prerelease.length) {
        return false;
      }
      for (let i = 0; i < identifiers.length; i++) {
        if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
          return false;
        }
      }
      return true;
    };
    var SemVer = class _SemVer {
      constructor(version, options) {
        options = parseOptions(options);
        if (version instanceof _SemVer) {
          if (version.loose === !!options.loose && version.includePrerelease === !!options.includePrerelease) {
            return version;
          } else {
            version = version.version;
          }
        } else if (typeof version !== "string") {
          throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`);
        }
        if (version.length > MAX_LENGTH) {
          throw new TypeError(
            `version is longer than ${MAX_LENGTH} characters`
          );
        }
        debug("SemVer", version, options);
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        const m2 = version.trim().match(options.loose ? re2[t.LOOSE] : re2[t.FULL]);
        if (!m2) {
          throw new TypeError(`Invalid Version: ${version}`);
        }
        this.raw = version;
        this.major = +m2[1];
        this.minor = +m2[2];
        this.patch = +m2[3];
        if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
          throw new TypeError("Invalid major version");
        }
        if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
          throw new TypeError("Invalid minor version");
        }
        if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
          throw new TypeError("Invalid patch version");
        }
        if (!m2[4]) {
          this.prerelease = [];
        } else {
          this.prerelease = m2[4].split(".").map((id) => {
            if (/^[0-9]+$/.test(id)) {
              const num = +id;
              if (num >= 0 && num < MAX_SAFE_INTEGER) {
                return num;
              }
            }
            return id;
          });
        }
        this.build = m2[5] ? m2[5].split(".") : [];
        this.format();
      }
      format() {
        this.version = `${this.major}.${this.minor}.${this.patch}`;
        if (this.prerelease.length) {
          this.version += `-${this.prerelease.join(".")}`;
        }
        return this.version;
      }
      toString() {
        return this.version;
      }
      compare(other) {
        debug("SemVer.compare", this.version, this.options, other);
        if (!(other instanceof _SemVer)) {
          if (typeof other === "string" && other === this.version) {
            return 0;
          }
          other = new _SemVer(other, this.options);
        }
        if (other.version === this.version) {
          return 0;
        }
        return this.compareMain(other) || this.comparePre(other);
      }
      compareMain(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.major < other.major) {
          return -1;
        }
        if (this.major > other.major) {
          return 1;
        }
        if (this.minor < other.minor) {
          return -1;
        }
        if (this.minor > other.minor) {
          return 1;
        }
        if (this.patch < other.patch) {
          return -1;
        }
        if (this.patch > other.patch) {
          return 1;
        }
        return 0;
      }
      comparePre(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.prerelease.length && !other.prerelease.length) {
          return -1;
        } else if (!this.prerelease.length && other.prerelease.length) {
          return 1;
        } else if (!this.prerelease.length && !other.prerelease.length) {
          return 0;
        }
        let i = 0;
        do {
          const a = this.prerelease[i];
          const b2 = other.prerelease[i];
          debug("prerelease compare", i, a, b2);
          if (a === void 0 && b2 === void 0) {
            return 0;
          } else if (b2 === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b2) {
            continue;
          } else {
            return compareIdentifiers(a, b2);
          }
        } while (++i);
      }
      compareBuild(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        let i = 0;
        do {
          const a = this.build[i];
          const b2 = other.build[i];
          debug("build compare", i, a, b2);
          if (a === void 0 && b2 === void 0) {
            return 0;
          } else if (b2 === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b2) {
            continue;
          } else {
            return compareIdentifiers(a, b2);
          }
        } while (++i);
      }
      // preminor will bump the version up to the next minor release, and immediately
      // down to pre-release. premajor and prepatch work the same way.
      inc(release, identifier2, identifierBase) {
        if (release.startsWith("pre")) {
          if (!identifier2 && identifierBase === false) {
            throw new Error("invalid increment argument: identifier is empty");
          }
          if (identifier2) {
            const match = `-${identifier2}`.match(this.options.loose ? re2[t.PRERELEASELOOSE] : re2[t.PRERELEASE]);
            if (!match || match[1] !== identifier2) {
              throw new Error(`invalid identifier: ${identifier2}`);
            }
          }
        }
        switch (release) {
          case "premajor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor = 0;
            this.major++;
            this.inc("pre", identifier2, identifierBase);
            break;
          case "preminor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor++;
            this.inc("pre", identifier2, identifierBase);
            break;
          case "prepatch":
            this.prerelease.length = 0;
            this.inc("patch", identifier2, identifierBase);
            this.inc("pre", identifier2, identifierBase);
            break;
          // If the input is a non-prerelease version, this acts the same as
          // prepatch.
          case "prerelease":
            if (this.prerelease.length === 0) {
              this.inc("patch", identifier2, identifierBase);
            }
            this.inc("pre", identifier2, identifierBase);
            break;
          case "release":
            if (this.prerelease.length === 0) {
              throw new Error(`version ${this.raw} is not a prerelease`);
            }
            this.prerelease.length = 0;
            break;
          case "major":
            if (this.minor !== 0 || this.patch !== 0 || this.prerelease.length === 0) {
              this.major++;
            }
            this.minor = 0;
            this.patch = 0;
            this.prerelease = [];
            break;
          case "minor":
            if (this.patch !== 0 || this.prerelease.length === 0) {
              this.minor++;
            }
            this.patch = 0;
            this.prerelease = [];
            break;
          case "patch":
            if (this.prerelease.length === 0) {
              this.patch++;
            }
            this.prerelease = [];
            break;
          // This probably shouldn't be used publicly.
          // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
          case "pre": {
            const base = Number(identifierBase) ? 1 : 0;
            if (this.prerelease.length === 0) {
              this.prerelease = [base];
            } else {
              let i = this.prerelease.length;
              while (--i >= 0) {
                if (typeof this.prerelease[i] === "number") {
                  this.prerelease[i]++;
                  i = -2;
                }
              }
              if (i === -1) {
                if (identifier2 === this.prerelease.join(".") && identifierBase === false) {
                  throw new Error("invalid increment argument: identifier already exists");
                }
                this.prerelease.push(base);
              }
            }
            if (identifier2) {
              let prerelease = [identifier2, base];
              if (identifierBase === false) {
                prerelease = [identifier2];
              }
              if (isPrereleaseIdentifier(this.prerelease, identifier2)) {
                const prereleaseBase = this.prerelease[identifier2.split(".").length];
                if (isNaN(prereleaseBase)) {
                  this.prerelease = prerelease;
                }
              } else {
                this.prerelease = prerelease;
              }
            }
            break;
          }
          default:
            throw new Error(`invalid increment argument: ${release}`);
        }
        this.raw = this.format();
        if (this.build.length) {
          this.raw += `+${this.build.join(".")}`;
        }
        return this;
      }
    };
    module.exports = SemVer;
  }
});

// node_modules/semver/functions/parse.js
var require_parse = __commonJS({
  "node_modules/semver/functions/parse.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse2 = (version, options, throwErrors = false) => {
      if (version instanceof SemVer) {
        return version;
      }
      try {
        return new SemVer(version, options);
      } catch (er2) {
        if (!throwErrors) {
          return null;
        }
        throw er2;
      }
    };
    module.exports = parse2;
  }
});

// node_modules/semver/functions/valid.js
var require_valid = __commonJS({
  "node_modules/semver/functions/valid.js"(exports, module) {
    "use strict";
    var parse2 = require_parse();
    var valid = (version, options) => {
      const v2 = parse2(version, options);
      return v2 ? v2.version : null;
    };
    module.exports = valid;
  }
});

// node_modules/semver/functions/clean.js
var require_clean = __commonJS({
  "node_modules/semver/functions/clean.js"(exports, module) {
    "use strict";
    var parse2 = require_parse();
    var clean = (version, options) => {
      const s3 = parse2(version.trim().replace(/^[=v]+/, ""), options);
      return s3 ? s3.version : null;
    };
    module.exports = clean;
  }
});

// node_modules/semver/functions/inc.js
var require_inc = __commonJS({
  "node_modules/semver/functions/inc.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var inc = (version, release, options, identifier2, identifierBase) => {
      if (typeof options === "string") {
        identifierBase = identifier2;
        identifier2 = options;
        options = void 0;
      }
      try {
        return new SemVer(
          version instanceof SemVer ? version.version : version,
          options
        ).inc(release, identifier2, identifierBase).version;
      } catch (er2) {
        return null;
      }
    };
    module.exports = inc;
  }
});

// node_modules/semver/functions/diff.js
var require_diff = __commonJS({
  "node_modules/semver/functions/diff.js"(exports, module) {
    "use strict";
    var parse2 = require_parse();
    var diff = (version1, version2) => {
      const v1 = parse2(version1, null, true);
      const v2 = parse2(version2, null, true);
      const comparison = v1.compare(v2);
      if (comparison === 0) {
        return null;
      }
      const v1Higher = comparison > 0;
      const highVersion = v1Higher ? v1 : v2;
      const lowVersion = v1Higher ? v2 : v1;
      const highHasPre = !!highVersion.prerelease.length;
      const lowHasPre = !!lowVersion.prerelease.length;
      if (lowHasPre && !highHasPre) {
        if (!lowVersion.patch && !lowVersion.minor) {
          return "major";
        }
        if (lowVersion.compareMain(highVersion) === 0) {
          if (lowVersion.minor && !lowVersion.patch) {
            return "minor";
          }
          return "patch";
        }
      }
      const prefix = highHasPre ? "pre" : "";
      if (v1.major !== v2.major) {
        return prefix + "major";
      }
      if (v1.minor !== v2.minor) {
        return prefix + "minor";
      }
      if (v1.patch !== v2.patch) {
        return prefix + "patch";
      }
      return "prerelease";
    };
    module.exports = diff;
  }
});

// node_modules/semver/functions/major.js
var require_major = __commonJS({
  "node_modules/semver/functions/major.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var major = (a, loose) => new SemVer(a, loose).major;
    module.exports = major;
  }
});

// node_modules/semver/functions/minor.js
var require_minor = __commonJS({
  "node_modules/semver/functions/minor.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var minor = (a, loose) => new SemVer(a, loose).minor;
    module.exports = minor;
  }
});

// node_modules/semver/functions/patch.js
var require_patch = __commonJS({
  "node_modules/semver/functions/patch.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var patch = (a, loose) => new SemVer(a, loose).patch;
    module.exports = patch;
  }
});

// node_modules/semver/functions/prerelease.js
var require_prerelease = __commonJS({
  "node_modules/semver/functions/prerelease.js"(exports, module) {
    "use strict";
    var parse2 = require_parse();
    var prerelease = (version, options) => {
      const parsed = parse2(version, options);
      return parsed && parsed.prerelease.length ? parsed.prerelease : null;
    };
    module.exports = prerelease;
  }
});

// node_modules/semver/functions/compare.js
var require_compare = __commonJS({
  "node_modules/semver/functions/compare.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compare = (a, b2, loose) => new SemVer(a, loose).compare(new SemVer(b2, loose));
    module.exports = compare;
  }
});

// node_modules/semver/functions/rcompare.js
var require_rcompare = __commonJS({
  "node_modules/semver/functions/rcompare.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var rcompare = (a, b2, loose) => compare(b2, a, loose);
    module.exports = rcompare;
  }
});

// node_modules/semver/functions/compare-loose.js
var require_compare_loose = __commonJS({
  "node_modules/semver/functions/compare-loose.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var compareLoose = (a, b2) => compare(a, b2, true);
    module.exports = compareLoose;
  }
});

// node_modules/semver/functions/compare-build.js
var require_compare_build = __commonJS({
  "node_modules/semver/functions/compare-build.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compareBuild = (a, b2, loose) => {
      const versionA = new SemVer(a, loose);
      const versionB = new SemVer(b2, loose);
      return versionA.compare(versionB) || versionA.compareBuild(versionB);
    };
    module.exports = compareBuild;
  }
});

// node_modules/semver/functions/sort.js
var require_sort = __commonJS({
  "node_modules/semver/functions/sort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var sort = (list, loose) => list.sort((a, b2) => compareBuild(a, b2, loose));
    module.exports = sort;
  }
});

// node_modules/semver/functions/rsort.js
var require_rsort = __commonJS({
  "node_modules/semver/functions/rsort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var rsort = (list, loose) => list.sort((a, b2) => compareBuild(b2, a, loose));
    module.exports = rsort;
  }
});

// node_modules/semver/functions/gt.js
var require_gt = __commonJS({
  "node_modules/semver/functions/gt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gt2 = (a, b2, loose) => compare(a, b2, loose) > 0;
    module.exports = gt2;
  }
});

// node_modules/semver/functions/lt.js
var require_lt = __commonJS({
  "node_modules/semver/functions/lt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lt2 = (a, b2, loose) => compare(a, b2, loose) < 0;
    module.exports = lt2;
  }
});

// node_modules/semver/functions/eq.js
var require_eq = __commonJS({
  "node_modules/semver/functions/eq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var eq = (a, b2, loose) => compare(a, b2, loose) === 0;
    module.exports = eq;
  }
});

// node_modules/semver/functions/neq.js
var require_neq = __commonJS({
  "node_modules/semver/functions/neq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var neq = (a, b2, loose) => compare(a, b2, loose) !== 0;
    module.exports = neq;
  }
});

// node_modules/semver/functions/gte.js
var require_gte = __commonJS({
  "node_modules/semver/functions/gte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gte = (a, b2, loose) => compare(a, b2, loose) >= 0;
    module.exports = gte;
  }
});

// node_modules/semver/functions/lte.js
var require_lte = __commonJS({
  "node_modules/semver/functions/lte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lte = (a, b2, loose) => compare(a, b2, loose) <= 0;
    module.exports = lte;
  }
});

// node_modules/semver/functions/cmp.js
var require_cmp = __commonJS({
  "node_modules/semver/functions/cmp.js"(exports, module) {
    "use strict";
    var eq = require_eq();
    var neq = require_neq();
    var gt2 = require_gt();
    var gte = require_gte();
    var lt2 = require_lt();
    var lte = require_lte();
    var cmp = (a, op, b2, loose) => {
      switch (op) {
        case "===":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b2 === "object") {
            b2 = b2.version;
          }
          return a === b2;
        case "!==":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b2 === "object") {
            b2 = b2.version;
          }
          return a !== b2;
        case "":
        case "=":
        case "==":
          return eq(a, b2, loose);
        case "!=":
          return neq(a, b2, loose);
        case ">":
          return gt2(a, b2, loose);
        case ">=":
          return gte(a, b2, loose);
        case "<":
          return lt2(a, b2, loose);
        case "<=":
          return lte(a, b2, loose);
        default:
          throw new TypeError(`Invalid operator: ${op}`);
      }
    };
    module.exports = cmp;
  }
});

// node_modules/semver/functions/coerce.js
var require_coerce = __commonJS({
  "node_modules/semver/functions/coerce.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse2 = require_parse();
    var { safeRe: re2, t } = require_re();
    var coerce = (version, options) => {
      if (version instanceof SemVer) {
        return version;
      }
      if (typeof version === "number") {
        version = String(version);
      }
      if (typeof version !== "string") {
        return null;
      }
      options = options || {};
      let match = null;
      if (!options.rtl) {
        match = version.match(options.includePrerelease ? re2[t.COERCEFULL] : re2[t.COERCE]);
      } else {
        const coerceRtlRegex = options.includePrerelease ? re2[t.COERCERTLFULL] : re2[t.COERCERTL];
        let next;
        while ((next = coerceRtlRegex.exec(version)) && (!match || match.index + match[0].length !== version.length)) {
          if (!match || next.index + next[0].length !== match.index + match[0].length) {
            match = next;
          }
          coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length;
        }
        coerceRtlRegex.lastIndex = -1;
      }
      if (match === null) {
        return null;
      }
      const major = match[2];
      const minor = match[3] || "0";
      const patch = match[4] || "0";
      const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : "";
      const build = options.includePrerelease && match[6] ? `+${match[6]}` : "";
      return parse2(`${major}.${minor}.${patch}${prerelease}${build}`, options);
    };
    module.exports = coerce;
  }
});

// node_modules/semver/functions/truncate.js
var require_truncate = __commonJS({
  "node_modules/semver/functions/truncate.js"(exports, module) {
    "use strict";
    var parse2 = require_parse();
    var constants2 = require_constants();
    var SemVer = require_semver();
    var truncate = (version, truncation, options) => {
      if (!constants2.RELEASE_TYPES.includes(truncation)) {
        return null;
      }
      const clonedVersion = cloneInputVersion(version, options);
      return clonedVersion && doTruncation(clonedVersion, truncation);
    };
    var cloneInputVersion = (version, options) => {
      const versionStringToParse = version instanceof SemVer ? version.version : version;
      return parse2(versionStringToParse, options);
    };
    var doTruncation = (version, truncation) => {
      if (isPrerelease(truncation)) {
        return version.version;
      }
      version.prerelease = [];
      switch (truncation) {
        case "major":
          version.minor = 0;
          version.patch = 0;
          break;
        case "minor":
          version.patch = 0;
          break;
      }
      return version.format();
    };
    var isPrerelease = (type) => {
      return type.startsWith("pre");
    };
    module.exports = truncate;
  }
});

// node_modules/semver/internal/lrucache.js
var require_lrucache = __commonJS({
  "node_modules/semver/internal/lrucache.js"(exports, module) {
    "use strict";
    var LRUCache = class {
      constructor() {
        this.max = 1e3;
        this.map = /* @__PURE__ */ new Map();
      }
      get(key) {
        const value = this.map.get(key);
        if (value === void 0) {
          return void 0;
        } else {
          this.map.delete(key);
          this.map.set(key, value);
          return value;
        }
      }
      delete(key) {
        return this.map.delete(key);
      }
      set(key, value) {
        const deleted = this.delete(key);
        if (!deleted && value !== void 0) {
          if (this.map.size >= this.max) {
            const firstKey = this.map.keys().next().value;
            this.delete(firstKey);
          }
          this.map.set(key, value);
        }
        return this;
      }
    };
    module.exports = LRUCache;
  }
});

// node_modules/semver/internal/trim-comparator-whitespace.js
var require_trim_comparator_whitespace = __commonJS({
  "node_modules/semver/internal/trim-comparator-whitespace.js"(exports, module) {
    "use strict";
    var {
      MAX_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      WHITESPACE_CHARACTERS
    } = require_constants();
    var whitespace = new Uint8Array(65536);
    for (const char of WHITESPACE_CHARACTERS) {
      whitespace[char.charCodeAt(0)] = 1;
    }
    var isWhitespace = (char) => char !== void 0 && whitespace[char.charCodeAt(0)] === 1;
    var isVersionPrefix = (char) => char === "v" || char === "=" || isWhitespace(char);
    var isDigit3 = (char) => char !== void 0 && char >= "0" && char <= "9";
    var isLetter = (char) => char !== void 0 && (char >= "a" && char <= "z" || char >= "A" && char <= "Z");
    var isIdentifierCharacter = (char) => isDigit3(char) || isLetter(char) || char === "-";
    var isVersionStart = (char) => isDigit3(char) || char === "x" || char === "X" || char === "*";
    var findDigitsEndIndex = (range, start, limit2, digitRuns) => {
      if (!isDigit3(range[start])) {
        return start;
      }
      if (start >= digitRuns.start && start < digitRuns.end) {
        return Math.min(start + limit2, digitRuns.end);
      }
      if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
        return Math.min(start + limit2, digitRuns.previousEnd);
      }
      let end = start + 1;
      while (isDigit3(range[end])) {
        end++;
      }
      digitRuns.previousStart = digitRuns.start;
      digitRuns.previousEnd = digitRuns.end;
      digitRuns.start = start;
      digitRuns.end = end;
      return Math.min(start + limit2, end);
    };
    var findVersionNumberEndIndex = (range, start, loose, digitRuns) => {
      if (!loose && range[start] === "0") {
        return start + 1;
      }
      return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns);
    };
    var findPrereleaseIdentifierEndIndex = (range, start, loose, digitRuns) => {
      const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns);
      if (isLetter(range[digitsEnd]) || range[digitsEnd] === "-") {
        let end = digitsEnd + 1;
        const limit2 = end + MAX_SAFE_BUILD_LENGTH;
        while (end < limit2 && isIdentifierCharacter(range[end])) {
          end++;
        }
        return end;
      }
      return findVersionNumberEndIndex(range, start, loose, digitRuns);
    };
    var findPrereleaseEndIndex = (range, start, loose, digitRuns) => {
      const hyphen = range[start] === "-";
      if (!loose && !hyphen) {
        return start;
      }
      const identifierStart = start + (hyphen ? 1 : 0);
      let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns);
      if (end === identifierStart) {
        if (!loose || !hyphen) {
          return start;
        }
        end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns);
      }
      while (range[end] === ".") {
        const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findBuildIdentifierEndIndex = (range, start) => {
      let end = start;
      while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
        end++;
      }
      return end;
    };
    var findBuildEndIndex = (range, start) => {
      if (range[start] !== "+") {
        return start;
      }
      let end = findBuildIdentifierEndIndex(range, start + 1);
      if (end === start + 1) {
        return start;
      }
      while (range[end] === ".") {
        const next = findBuildIdentifierEndIndex(range, end + 1);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    };
    var findLooseFullVersionEndIndex = (range, start, digitRuns) => {
      let end = start;
      for (let component = 0; component < 3; component++) {
        const next = findVersionNumberEndIndex(range, end, true, digitRuns);
        if (next === end) {
          return start;
        }
        end = next;
        if (component < 2) {
          if (range[end] !== ".") {
            return start;
          }
          end++;
        }
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findPartialVersionComponentEndIndex = (range, start, digitRuns) => {
      if (isDigit3(range[start])) {
        return findVersionNumberEndIndex(range, start, false, digitRuns);
      }
      return isVersionStart(range[start]) ? start + 1 : start;
    };
    var findPartialVersionEndIndex = (range, start, digitRuns) => {
      let end = findPartialVersionComponentEndIndex(range, start, digitRuns);
      for (let component = 0; component < 2; component++) {
        if (range[end] !== ".") {
          return end;
        }
        const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns);
        if (next === end + 1) {
          return end;
        }
        end = next;
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    };
    var findVersionEndIndex = (range, start, digitRuns) => {
      const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns);
      return fullVersionEnd !== start ? fullVersionEnd : findPartialVersionEndIndex(range, start, digitRuns);
    };
    var findRemovableWhitespaceIndex = (range, matchStart) => {
      let position = matchStart;
      if (isWhitespace(range[position])) {
        position++;
      }
      if (range[position] === "<" || range[position] === ">") {
        position++;
      }
      if (range[position] === "=") {
        position++;
      }
      return isWhitespace(range[position]) ? position : -1;
    };
    var trimComparatorWhitespace = (range) => {
      let result = "";
      let copyFrom = 0;
      let cursor = 0;
      const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 };
      while (cursor < range.length) {
        const matchStart = cursor;
        if (range[cursor] === "<" || range[cursor] === ">") {
          cursor++;
        } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
          cursor++;
          continue;
        }
        while (cursor < range.length && isVersionPrefix(range[cursor])) {
          cursor++;
        }
        if (!isVersionStart(range[cursor])) {
          continue;
        }
        const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart);
        if (whitespacePosition !== -1) {
          result += range.slice(copyFrom, whitespacePosition);
          copyFrom = whitespacePosition + 1;
        }
        cursor = findVersionEndIndex(range, cursor, digitRuns);
      }
      return result + range.slice(copyFrom);
    };
    module.exports = trimComparatorWhitespace;
  }
});

// node_modules/semver/classes/range.js
var require_range = __commonJS({
  "node_modules/semver/classes/range.js"(exports, module) {
    "use strict";
    var SPACE_CHARACTERS = /\s+/g;
    var Range = class _Range {
      constructor(range, options) {
        options = parseOptions(options);
        if (range instanceof _Range) {
          if (range.loose === !!options.loose && range.includePrerelease === !!options.includePrerelease) {
            return range;
          } else {
            return new _Range(range.raw, options);
          }
        }
        if (range instanceof Comparator) {
          this.raw = range.value;
          this.set = [[range]];
          this.formatted = void 0;
          return this;
        }
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        this.raw = range.trim().replace(SPACE_CHARACTERS, " ");
        this.set = this.raw.split("||").map((r) => this.parseRange(r.trim())).filter((c) => c.length);
        if (!this.set.length) {
          throw new TypeError(`Invalid SemVer Range: ${this.raw}`);
        }
        if (this.set.length > 1) {
          const first = this.set[0];
          this.set = this.set.filter((c) => !isNullSet(c[0]));
          if (this.set.length === 0) {
            this.set = [first];
          } else if (this.set.length > 1) {
            for (const c of this.set) {
              if (c.length === 1 && isAny(c[0])) {
                this.set = [c];
                break;
              }
            }
          }
        }
        this.formatted = void 0;
      }
      get range() {
        if (this.formatted === void 0) {
          this.formatted = "";
          for (let i = 0; i < this.set.length; i++) {
            if (i > 0) {
              this.formatted += "||";
            }
            const comps = this.set[i];
            for (let k2 = 0; k2 < comps.length; k2++) {
              if (k2 > 0) {
                this.formatted += " ";
              }
              this.formatted += comps[k2].toString().trim();
            }
          }
        }
        return this.formatted;
      }
      format() {
        return this.range;
      }
      toString() {
        return this.range;
      }
      parseRange(range) {
        range = range.replace(BUILDSTRIPRE, "");
        const memoOpts = (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) | (this.options.loose && FLAG_LOOSE);
        const memoKey = memoOpts + ":" + range;
        const cached = cache.get(memoKey);
        if (cached) {
          return cached;
        }
        const loose = this.options.loose;
        const hr2 = loose ? re2[t.HYPHENRANGELOOSE] : re2[t.HYPHENRANGE];
        range = range.replace(hr2, hyphenReplace(this.options.includePrerelease));
        debug("hyphen replace", range);
        range = trimComparatorWhitespace(range);
        debug("comparator trim", range);
        range = range.replace(re2[t.TILDETRIM], tildeTrimReplace);
        debug("tilde trim", range);
        range = range.replace(re2[t.CARETTRIM], caretTrimReplace);
        debug("caret trim", range);
        let rangeList = range.split(" ").map((comp) => parseComparator2(comp, this.options)).join(" ").split(/\s+/).map((comp) => replaceGTE0(comp, this.options));
        if (loose) {
          rangeList = rangeList.filter((comp) => {
            debug("loose invalid filter", comp, this.options);
            return !!comp.match(re2[t.COMPARATORLOOSE]);
          });
        }
        debug("range list", rangeList);
        const rangeMap = /* @__PURE__ */ new Map();
        const comparators = rangeList.map((comp) => new Comparator(comp, this.options));
        for (const comp of comparators) {
          if (isNullSet(comp)) {
            return [comp];
          }
          rangeMap.set(comp.value, comp);
        }
        if (rangeMap.size > 1 && rangeMap.has("")) {
          rangeMap.delete("");
        }
        const result = [...rangeMap.values()];
        cache.set(memoKey, result);
        return result;
      }
      intersects(range, options) {
        if (!(range instanceof _Range)) {
          throw new TypeError("a Range is required");
        }
        return this.set.some((thisComparators) => {
          return isSatisfiable(thisComparators, options) && range.set.some((rangeComparators) => {
            return isSatisfiable(rangeComparators, options) && thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options);
              });
            });
          });
        });
      }
      // if ANY of the sets match ALL of its comparators, then pass
      test(version) {
        if (!version) {
          return false;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er2) {
            return false;
          }
        }
        for (let i = 0; i < this.set.length; i++) {
          if (testSet(this.set[i], version, this.options)) {
            return true;
          }
        }
        return false;
      }
    };
    module.exports = Range;
    var LRU = require_lrucache();
    var cache = new LRU();
    var parseOptions = require_parse_options();
    var Comparator = require_comparator();
    var debug = require_debug();
    var SemVer = require_semver();
    var trimComparatorWhitespace = require_trim_comparator_whitespace();
    var {
      safeRe: re2,
      src,
      t,
      tildeTrimReplace,
      caretTrimReplace
    } = require_re();
    var { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = require_constants();
    var BUILDSTRIPRE = new RegExp(src[t.BUILD], "g");
    var isNullSet = (c) => c.value === "<0.0.0-0";
    var isAny = (c) => c.value === "";
    var isSatisfiable = (comparators, options) => {
      let result = true;
      const remainingComparators = comparators.slice();
      let testComparator = remainingComparators.pop();
      while (result && remainingComparators.length) {
        result = remainingComparators.every((otherComparator) => {
          return testComparator.intersects(otherComparator, options);
        });
        testComparator = remainingComparators.pop();
      }
      return result;
    };
    var parseComparator2 = (comp, options) => {
      comp = comp.replace(re2[t.BUILD], "");
      debug("comp", comp, options);
      comp = replaceCarets(comp, options);
      debug("caret", comp);
      comp = replaceTildes(comp, options);
      debug("tildes", comp);
      comp = replaceXRanges(comp, options);
      debug("xrange", comp);
      comp = replaceStars(comp, options);
      debug("stars", comp);
      return comp;
    };
    var isX = (id) => !id || id.toLowerCase() === "x" || id === "*";
    var invalidXRangeOrder = (M2, m2, p2) => isX(M2) && !isX(m2) || isX(m2) && p2 && !isX(p2);
    var replaceTildes = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceTilde(c, options)).join(" ");
    };
    var replaceTilde = (comp, options) => {
      const r = options.loose ? re2[t.TILDELOOSE] : re2[t.TILDE];
      const z2 = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_2, M2, m2, p2, pr2) => {
        debug("tilde", comp, _2, M2, m2, p2, pr2);
        let ret;
        if (isX(M2)) {
          ret = "";
        } else if (isX(m2)) {
          ret = `>=${M2}.0.0${z2} <${+M2 + 1}.0.0-0`;
        } else if (isX(p2)) {
          ret = `>=${M2}.${m2}.0${z2} <${M2}.${+m2 + 1}.0-0`;
        } else if (pr2) {
          debug("replaceTilde pr", pr2);
          ret = `>=${M2}.${m2}.${p2}-${pr2} <${M2}.${+m2 + 1}.0-0`;
        } else {
          ret = `>=${M2}.${m2}.${p2} <${M2}.${+m2 + 1}.0-0`;
        }
        debug("tilde return", ret);
        return ret;
      });
    };
    var replaceCarets = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceCaret(c, options)).join(" ");
    };
    var replaceCaret = (comp, options) => {
      debug("caret", comp, options);
      const r = options.loose ? re2[t.CARETLOOSE] : re2[t.CARET];
      const z2 = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_2, M2, m2, p2, pr2) => {
        debug("caret", comp, _2, M2, m2, p2, pr2);
        let ret;
        if (isX(M2)) {
          ret = "";
        } else if (isX(m2)) {
          ret = `>=${M2}.0.0${z2} <${+M2 + 1}.0.0-0`;
        } else if (isX(p2)) {
          if (M2 === "0") {
            ret = `>=${M2}.${m2}.0${z2} <${M2}.${+m2 + 1}.0-0`;
          } else {
            ret = `>=${M2}.${m2}.0${z2} <${+M2 + 1}.0.0-0`;
          }
        } else if (pr2) {
          debug("replaceCaret pr", pr2);
          if (M2 === "0") {
            if (m2 === "0") {
              ret = `>=${M2}.${m2}.${p2}-${pr2} <${M2}.${m2}.${+p2 + 1}-0`;
            } else {
              ret = `>=${M2}.${m2}.${p2}-${pr2} <${M2}.${+m2 + 1}.0-0`;
            }
          } else {
            ret = `>=${M2}.${m2}.${p2}-${pr2} <${+M2 + 1}.0.0-0`;
          }
        } else {
          debug("no pr");
          if (M2 === "0") {
            if (m2 === "0") {
              ret = `>=${M2}.${m2}.${p2} <${M2}.${m2}.${+p2 + 1}-0`;
            } else {
              ret = `>=${M2}.${m2}.${p2} <${M2}.${+m2 + 1}.0-0`;
            }
          } else {
            ret = `>=${M2}.${m2}.${p2} <${+M2 + 1}.0.0-0`;
          }
        }
        debug("caret return", ret);
        return ret;
      });
    };
    var replaceXRanges = (comp, options) => {
      debug("replaceXRanges", comp, options);
      return comp.split(/\s+/).map((c) => replaceXRange(c, options)).join(" ");
    };
    var replaceXRange = (comp, options) => {
      comp = comp.trim();
      const r = options.loose ? re2[t.XRANGELOOSE] : re2[t.XRANGE];
      return comp.replace(r, (ret, gtlt, M2, m2, p2, pr2) => {
        debug("xRange", comp, ret, gtlt, M2, m2, p2, pr2);
        if (invalidXRangeOrder(M2, m2, p2)) {
          return comp;
        }
        const xM = isX(M2);
        const xm = xM || isX(m2);
        const xp = xm || isX(p2);
        const anyX = xp;
        if (gtlt === "=" && anyX) {
          gtlt = "";
        }
        pr2 = options.includePrerelease ? "-0" : "";
        if (xM) {
          if (gtlt === ">" || gtlt === "<") {
            ret = "<0.0.0-0";
          } else {
            ret = "*";
          }
        } else if (gtlt && anyX) {
          if (xm) {
            m2 = 0;
          }
          p2 = 0;
          if (gtlt === ">") {
            gtlt = ">=";
            if (xm) {
              M2 = +M2 + 1;
              m2 = 0;
              p2 = 0;
            } else {
              m2 = +m2 + 1;
              p2 = 0;
            }
          } else if (gtlt === "<=") {
            gtlt = "<";
            if (xm) {
              M2 = +M2 + 1;
            } else {
              m2 = +m2 + 1;
            }
          }
          if (gtlt === "<") {
            pr2 = "-0";
          }
          ret = `${gtlt + M2}.${m2}.${p2}${pr2}`;
        } else if (xm) {
          ret = `>=${M2}.0.0${pr2} <${+M2 + 1}.0.0-0`;
        } else if (xp) {
          ret = `>=${M2}.${m2}.0${pr2} <${M2}.${+m2 + 1}.0-0`;
        }
        debug("xRange return", ret);
        return ret;
      });
    };
    var replaceStars = (comp, options) => {
      debug("replaceStars", comp, options);
      return comp.trim().replace(re2[t.STAR], "");
    };
    var replaceGTE0 = (comp, options) => {
      debug("replaceGTE0", comp, options);
      return comp.trim().replace(re2[options.includePrerelease ? t.GTE0PRE : t.GTE0], "");
    };
    var hyphenReplace = (incPr) => ($0, from, fM, fm, fp, fpr, fb, to2, tM, tm, tp, tpr) => {
      if (isX(fM)) {
        from = "";
      } else if (isX(fm)) {
        from = `>=${fM}.0.0${incPr ? "-0" : ""}`;
      } else if (isX(fp)) {
        from = `>=${fM}.${fm}.0${incPr ? "-0" : ""}`;
      } else if (fpr) {
        from = `>=${from}`;
      } else {
        from = `>=${from}${incPr ? "-0" : ""}`;
      }
      if (isX(tM)) {
        to2 = "";
      } else if (isX(tm)) {
        to2 = `<${+tM + 1}.0.0-0`;
      } else if (isX(tp)) {
        to2 = `<${tM}.${+tm + 1}.0-0`;
      } else if (tpr) {
        to2 = `<=${tM}.${tm}.${tp}-${tpr}`;
      } else if (incPr) {
        to2 = `<${tM}.${tm}.${+tp + 1}-0`;
      } else {
        to2 = `<=${to2}`;
      }
      return `${from} ${to2}`.trim();
    };
    var testSet = (set, version, options) => {
      for (let i = 0; i < set.length; i++) {
        if (!set[i].test(version)) {
          return false;
        }
      }
      if (version.prerelease.length && !options.includePrerelease) {
        for (let i = 0; i < set.length; i++) {
          debug(set[i].semver);
          if (set[i].semver === Comparator.ANY) {
            continue;
          }
          if (set[i].semver.prerelease.length > 0) {
            const allowed = set[i].semver;
            if (allowed.major === version.major && allowed.minor === version.minor && allowed.patch === version.patch) {
              return true;
            }
          }
        }
        return false;
      }
      return true;
    };
  }
});

// node_modules/semver/classes/comparator.js
var require_comparator = __commonJS({
  "node_modules/semver/classes/comparator.js"(exports, module) {
    "use strict";
    var ANY = /* @__PURE__ */ Symbol("SemVer ANY");
    var Comparator = class _Comparator {
      static get ANY() {
        return ANY;
      }
      constructor(comp, options) {
        options = parseOptions(options);
        if (comp instanceof _Comparator) {
          if (comp.loose === !!options.loose) {
            return comp;
          } else {
            comp = comp.value;
          }
        }
        comp = comp.trim().split(/\s+/).join(" ");
        debug("comparator", comp, options);
        this.options = options;
        this.loose = !!options.loose;
        this.parse(comp);
        if (this.semver === ANY) {
          this.value = "";
        } else {
          this.value = this.operator + this.semver.version;
        }
        debug("comp", this);
      }
      parse(comp) {
        const r = this.options.loose ? re2[t.COMPARATORLOOSE] : re2[t.COMPARATOR];
        const m2 = comp.match(r);
        if (!m2) {
          throw new TypeError(`Invalid comparator: ${comp}`);
        }
        this.operator = m2[1] !== void 0 ? m2[1] : "";
        if (this.operator === "=") {
          this.operator = "";
        }
        if (!m2[2]) {
          this.semver = ANY;
        } else {
          this.semver = new SemVer(m2[2], this.options.loose);
        }
      }
      toString() {
        return this.value;
      }
      test(version) {
        debug("Comparator.test", version, this.options.loose);
        if (this.semver === ANY || version === ANY) {
          return true;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er2) {
            return false;
          }
        }
        return cmp(version, this.operator, this.semver, this.options);
      }
      intersects(comp, options) {
        if (!(comp instanceof _Comparator)) {
          throw new TypeError("a Comparator is required");
        }
        if (this.operator === "") {
          if (this.value === "") {
            return true;
          }
          return new Range(comp.value, options).test(this.value);
        } else if (comp.operator === "") {
          if (comp.value === "") {
            return true;
          }
          return new Range(this.value, options).test(comp.semver);
        }
        options = parseOptions(options);
        if (options.includePrerelease && (this.value === "<0.0.0-0" || comp.value === "<0.0.0-0")) {
          return false;
        }
        if (!options.includePrerelease && (this.value.startsWith("<0.0.0") || comp.value.startsWith("<0.0.0"))) {
          return false;
        }
        if (this.operator.startsWith(">") && comp.operator.startsWith(">")) {
          return true;
        }
        if (this.operator.startsWith("<") && comp.operator.startsWith("<")) {
          return true;
        }
        if (this.semver.version === comp.semver.version && this.operator.includes("=") && comp.operator.includes("=")) {
          return true;
        }
        if (cmp(this.semver, "<", comp.semver, options) && this.operator.startsWith(">") && comp.operator.startsWith("<")) {
          return true;
        }
        if (cmp(this.semver, ">", comp.semver, options) && this.operator.startsWith("<") && comp.operator.startsWith(">")) {
          return true;
        }
        return false;
      }
    };
    module.exports = Comparator;
    var parseOptions = require_parse_options();
    var { safeRe: re2, t } = require_re();
    var cmp = require_cmp();
    var debug = require_debug();
    var SemVer = require_semver();
    var Range = require_range();
  }
});

// node_modules/semver/functions/satisfies.js
var require_satisfies = __commonJS({
  "node_modules/semver/functions/satisfies.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var satisfies = (version, range, options) => {
      try {
        range = new Range(range, options);
      } catch (er2) {
        return false;
      }
      return range.test(version);
    };
    module.exports = satisfies;
  }
});

// node_modules/semver/ranges/to-comparators.js
var require_to_comparators = __commonJS({
  "node_modules/semver/ranges/to-comparators.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var toComparators = (range, options) => new Range(range, options).set.map((comp) => comp.map((c) => c.value).join(" ").trim().split(" "));
    module.exports = toComparators;
  }
});

// node_modules/semver/ranges/max-satisfying.js
var require_max_satisfying = __commonJS({
  "node_modules/semver/ranges/max-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var maxSatisfying = (versions, range, options) => {
      let max = null;
      let maxSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er2) {
        return null;
      }
      versions.forEach((v2) => {
        if (rangeObj.test(v2)) {
          if (!max || maxSV.compare(v2) === -1) {
            max = v2;
            maxSV = new SemVer(max, options);
          }
        }
      });
      return max;
    };
    module.exports = maxSatisfying;
  }
});

// node_modules/semver/ranges/min-satisfying.js
var require_min_satisfying = __commonJS({
  "node_modules/semver/ranges/min-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var minSatisfying = (versions, range, options) => {
      let min = null;
      let minSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er2) {
        return null;
      }
      versions.forEach((v2) => {
        if (rangeObj.test(v2)) {
          if (!min || minSV.compare(v2) === 1) {
            min = v2;
            minSV = new SemVer(min, options);
          }
        }
      });
      return min;
    };
    module.exports = minSatisfying;
  }
});

// node_modules/semver/ranges/min-version.js
var require_min_version = __commonJS({
  "node_modules/semver/ranges/min-version.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var gt2 = require_gt();
    var minVersion = (range, loose) => {
      range = new Range(range, loose);
      let minver = new SemVer("0.0.0");
      if (range.test(minver)) {
        return minver;
      }
      minver = new SemVer("0.0.0-0");
      if (range.test(minver)) {
        return minver;
      }
      minver = null;
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let setMin = null;
        comparators.forEach((comparator) => {
          const compver = new SemVer(comparator.semver.version);
          switch (comparator.operator) {
            case ">":
              if (compver.prerelease.length === 0) {
                compver.patch++;
              } else {
                compver.prerelease.push(0);
              }
              compver.raw = compver.format();
            /* fallthrough */
            case "":
            case ">=":
              if (!setMin || gt2(compver, setMin)) {
                setMin = compver;
              }
              break;
            case "<":
            case "<=":
              break;
            /* istanbul ignore next */
            default:
              throw new Error(`Unexpected operation: ${comparator.operator}`);
          }
        });
        if (setMin && (!minver || gt2(minver, setMin))) {
          minver = setMin;
        }
      }
      if (minver && range.test(minver)) {
        return minver;
      }
      return null;
    };
    module.exports = minVersion;
  }
});

// node_modules/semver/ranges/valid.js
var require_valid2 = __commonJS({
  "node_modules/semver/ranges/valid.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var validRange = (range, options) => {
      try {
        return new Range(range, options).range || "*";
      } catch (er2) {
        return null;
      }
    };
    module.exports = validRange;
  }
});

// node_modules/semver/ranges/outside.js
var require_outside = __commonJS({
  "node_modules/semver/ranges/outside.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var Range = require_range();
    var satisfies = require_satisfies();
    var gt2 = require_gt();
    var lt2 = require_lt();
    var lte = require_lte();
    var gte = require_gte();
    var outside = (version, range, hilo, options) => {
      version = new SemVer(version, options);
      range = new Range(range, options);
      let gtfn, ltefn, ltfn, comp, ecomp;
      switch (hilo) {
        case ">":
          gtfn = gt2;
          ltefn = lte;
          ltfn = lt2;
          comp = ">";
          ecomp = ">=";
          break;
        case "<":
          gtfn = lt2;
          ltefn = gte;
          ltfn = gt2;
          comp = "<";
          ecomp = "<=";
          break;
        default:
          throw new TypeError('Must provide a hilo val of "<" or ">"');
      }
      if (satisfies(version, range, options)) {
        return false;
      }
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let high = null;
        let low = null;
        comparators.forEach((comparator) => {
          if (comparator.semver === ANY) {
            comparator = new Comparator(">=0.0.0");
          }
          high = high || comparator;
          low = low || comparator;
          if (gtfn(comparator.semver, high.semver, options)) {
            high = comparator;
          } else if (ltfn(comparator.semver, low.semver, options)) {
            low = comparator;
          }
        });
        if (high.operator === comp || high.operator === ecomp) {
          return false;
        }
        if ((!low.operator || low.operator === comp) && ltefn(version, low.semver)) {
          return false;
        } else if (low.operator === ecomp && ltfn(version, low.semver)) {
          return false;
        }
      }
      return true;
    };
    module.exports = outside;
  }
});

// node_modules/semver/ranges/gtr.js
var require_gtr = __commonJS({
  "node_modules/semver/ranges/gtr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var gtr = (version, range, options) => outside(version, range, ">", options);
    module.exports = gtr;
  }
});

// node_modules/semver/ranges/ltr.js
var require_ltr = __commonJS({
  "node_modules/semver/ranges/ltr.js"(exports, module) {
    "use strict";
    var outside = require_outside();
    var ltr = (version, range, options) => outside(version, range, "<", options);
    module.exports = ltr;
  }
});

// node_modules/semver/ranges/intersects.js
var require_intersects = __commonJS({
  "node_modules/semver/ranges/intersects.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var intersects = (r1, r2, options) => {
      r1 = new Range(r1, options);
      r2 = new Range(r2, options);
      return r1.intersects(r2, options);
    };
    module.exports = intersects;
  }
});

// node_modules/semver/ranges/simplify.js
var require_simplify = __commonJS({
  "node_modules/semver/ranges/simplify.js"(exports, module) {
    "use strict";
    var satisfies = require_satisfies();
    var compare = require_compare();
    module.exports = (versions, range, options) => {
      const set = [];
      let first = null;
      let prev = null;
      const v2 = versions.sort((a, b2) => compare(a, b2, options));
      for (const version of v2) {
        const included = satisfies(version, range, options);
        if (included) {
          prev = version;
          if (!first) {
            first = version;
          }
        } else {
          if (prev) {
            set.push([first, prev]);
          }
          prev = null;
          first = null;
        }
      }
      if (first) {
        set.push([first, null]);
      }
      const ranges = [];
      for (const [min, max] of set) {
        if (min === max) {
          ranges.push(min);
        } else if (!max && min === v2[0]) {
          ranges.push("*");
        } else if (!max) {
          ranges.push(`>=${min}`);
        } else if (min === v2[0]) {
          ranges.push(`<=${max}`);
        } else {
          ranges.push(`${min} - ${max}`);
        }
      }
      const simplified = ranges.join(" || ");
      const original = typeof range.raw === "string" ? range.raw : String(range);
      return simplified.length < original.length ? simplified : range;
    };
  }
});

// node_modules/semver/ranges/subset.js
var require_subset = __commonJS({
  "node_modules/semver/ranges/subset.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var satisfies = require_satisfies();
    var compare = require_compare();
    var subset = (sub, dom, options = {}) => {
      if (sub === dom) {
        return true;
      }
      sub = new Range(sub, options);
      dom = new Range(dom, options);
      let sawNonNull = false;
      OUTER: for (const simpleSub of sub.set) {
        for (const simpleDom of dom.set) {
          const isSub = simpleSubset(simpleSub, simpleDom, options);
          sawNonNull = sawNonNull || isSub !== null;
          if (isSub) {
            continue OUTER;
          }
        }
        if (sawNonNull) {
          return false;
        }
      }
      return true;
    };
    var minimumVersionWithPreRelease = [new Comparator(">=0.0.0-0")];
    var minimumVersion = [new Comparator(">=0.0.0")];
    var simpleSubset = (sub, dom, options) => {
      if (sub === dom) {
        return true;
      }
      if (sub.length === 1 && sub[0].semver === ANY) {
        if (dom.length === 1 && dom[0].semver === ANY) {
          return true;
        } else if (options.includePrerelease) {
          sub = minimumVersionWithPreRelease;
        } else {
          sub = minimumVersion;
        }
      }
      if (dom.length === 1 && dom[0].semver === ANY) {
        if (options.includePrerelease) {
          return true;
        } else {
          dom = minimumVersion;
        }
      }
      const eqSet = /* @__PURE__ */ new Set();
      let gt2, lt2;
      for (const c of sub) {
        if (c.operator === ">" || c.operator === ">=") {
          gt2 = higherGT(gt2, c, options);
        } else if (c.operator === "<" || c.operator === "<=") {
          lt2 = lowerLT(lt2, c, options);
        } else {
          eqSet.add(c.semver);
        }
      }
      if (eqSet.size > 1) {
        return null;
      }
      let gtltComp;
      if (gt2 && lt2) {
        gtltComp = compare(gt2.semver, lt2.semver, options);
        if (gtltComp > 0) {
          return null;
        } else if (gtltComp === 0 && (gt2.operator !== ">=" || lt2.operator !== "<=")) {
          return null;
        }
      }
      for (const eq of eqSet) {
        if (gt2 && !satisfies(eq, String(gt2), options)) {
          return null;
        }
        if (lt2 && !satisfies(eq, String(lt2), options)) {
          return null;
        }
        for (const c of dom) {
          if (!satisfies(eq, String(c), options)) {
            return false;
          }
        }
        return true;
      }
      let higher, lower;
      let hasDomLT, hasDomGT;
      let needDomLTPre = lt2 && !options.includePrerelease && lt2.semver.prerelease.length ? lt2.semver : false;
      let needDomGTPre = gt2 && !options.includePrerelease && gt2.semver.prerelease.length ? gt2.semver : false;
      if (needDomLTPre && needDomLTPre.prerelease.length === 1 && lt2.operator === "<" && needDomLTPre.prerelease[0] === 0) {
        needDomLTPre = false;
      }
      for (const c of dom) {
        hasDomGT = hasDomGT || c.operator === ">" || c.operator === ">=";
        hasDomLT = hasDomLT || c.operator === "<" || c.operator === "<=";
        if (gt2) {
          if (needDomGTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomGTPre.major && c.semver.minor === needDomGTPre.minor && c.semver.patch === needDomGTPre.patch) {
              needDomGTPre = false;
            }
          }
          if (c.operator === ">" || c.operator === ">=") {
            higher = higherGT(gt2, c, options);
            if (higher === c && higher !== gt2) {
              return false;
            }
          } else if (gt2.operator === ">=" && !c.test(gt2.semver)) {
            return false;
          }
        }
        if (lt2) {
          if (needDomLTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomLTPre.major && c.semver.minor === needDomLTPre.minor && c.semver.patch === needDomLTPre.patch) {
              needDomLTPre = false;
            }
          }
          if (c.operator === "<" || c.operator === "<=") {
            lower = lowerLT(lt2, c, options);
            if (lower === c && lower !== lt2) {
              return false;
            }
          } else if (lt2.operator === "<=" && !c.test(lt2.semver)) {
            return false;
          }
        }
        if (!c.operator && (lt2 || gt2) && gtltComp !== 0) {
          return false;
        }
      }
      if (gt2 && hasDomLT && !lt2 && gtltComp !== 0) {
        return false;
      }
      if (lt2 && hasDomGT && !gt2 && gtltComp !== 0) {
        return false;
      }
      if (needDomGTPre || needDomLTPre) {
        return false;
      }
      return true;
    };
    var higherGT = (a, b2, options) => {
      if (!a) {
        return b2;
      }
      const comp = compare(a.semver, b2.semver, options);
      return comp > 0 ? a : comp < 0 ? b2 : b2.operator === ">" && a.operator === ">=" ? b2 : a;
    };
    var lowerLT = (a, b2, options) => {
      if (!a) {
        return b2;
      }
      const comp = compare(a.semver, b2.semver, options);
      return comp < 0 ? a : comp > 0 ? b2 : b2.operator === "<" && a.operator === "<=" ? b2 : a;
    };
    module.exports = subset;
  }
});

// node_modules/semver/index.js
var require_semver2 = __commonJS({
  "node_modules/semver/index.js"(exports, module) {
    "use strict";
    var internalRe = require_re();
    var constants2 = require_constants();
    var SemVer = require_semver();
    var identifiers = require_identifiers();
    var parse2 = require_parse();
    var valid = require_valid();
    var clean = require_clean();
    var inc = require_inc();
    var diff = require_diff();
    var major = require_major();
    var minor = require_minor();
    var patch = require_patch();
    var prerelease = require_prerelease();
    var compare = require_compare();
    var rcompare = require_rcompare();
    var compareLoose = require_compare_loose();
    var compareBuild = require_compare_build();
    var sort = require_sort();
    var rsort = require_rsort();
    var gt2 = require_gt();
    var lt2 = require_lt();
    var eq = require_eq();
    var neq = require_neq();
    var gte = require_gte();
    var lte = require_lte();
    var cmp = require_cmp();
    var coerce = require_coerce();
    var truncate = require_truncate();
    var Comparator = require_comparator();
    var Range = require_range();
    var satisfies = require_satisfies();
    var toComparators = require_to_comparators();
    var maxSatisfying = require_max_satisfying();
    var minSatisfying = require_min_satisfying();
    var minVersion = require_min_version();
    var validRange = require_valid2();
    var outside = require_outside();
    var gtr = require_gtr();
    var ltr = require_ltr();
    var intersects = require_intersects();
    var simplifyRange = require_simplify();
    var subset = require_subset();
    module.exports = {
      parse: parse2,
      valid,
      clean,
      inc,
      diff,
      major,
      minor,
      patch,
      prerelease,
      compare,
      rcompare,
      compareLoose,
      compareBuild,
      sort,
      rsort,
      gt: gt2,
      lt: lt2,
      eq,
      neq,
      gte,
      lte,
      cmp,
      coerce,
      truncate,
      Comparator,
      Range,
      satisfies,
      toComparators,
      maxSatisfying,
      minSatisfying,
      minVersion,
      validRange,
      outside,
      gtr,
      ltr,
      intersects,
      simplifyRange,
      subset,
      SemVer,
      re: internalRe.re,
      src: internalRe.src,
      tokens: internalRe.t,
      SEMVER_SPEC_VERSION: constants2.SEMVER_SPEC_VERSION,
      RELEASE_TYPES: constants2.RELEASE_TYPES,
      compareIdentifiers: identifiers.compareIdentifiers,
      rcompareIdentifiers: identifiers.rcompareIdentifiers
    };
  }
});

// src/cli.ts
init_errors();

// src/cli/fetch.ts
import { spawn as spawn3 } from "node:child_process";
import { parseArgs } from "node:util";

// src/cargo/ops/cargo_fetch.ts
import * as fs13 from "node:fs";
import * as path10 from "node:path";

// src/cargo/sources/git/git_remote.ts
init_errors();
import * as fs3 from "node:fs/promises";
import * as path3 from "node:path";

// src/cargo/sources/git/git_database.ts
init_errors();
import { spawn } from "node:child_process";
import * as fs from "node:fs/promises";
import * as path from "node:path";
var REPOSITORY_VARS = ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_ALTERNATE_OBJECT_DIRECTORIES"];
function gitEnv() {
  const env = { ...process.env, GIT_TERMINAL_PROMPT: "0", GCM_INTERACTIVE: "never" };
  for (const k2 of REPOSITORY_VARS) delete env[k2];
  return env;
}
function runGit(args, cwd) {
  return new Promise((resolve7, reject) => {
    const child = spawn("git", args, { cwd, env: gitEnv(), stdio: ["ignore", "pipe", "pipe"] });
    const out = [];
    const err = [];
    child.stdout.on("data", (b2) => out.push(b2));
    child.stderr.on("data", (b2) => err.push(b2));
    child.once("error", (e) => {
      reject(
        e.code === "ENOENT" ? new CargoError("io", "the `git` command was not found on PATH; it is needed for git dependencies") : new CargoError("io", `cannot run git: ${e.message}`)
      );
    });
    child.once("close", (code, signal) => {
      resolve7({
        code: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8")
      });
    });
  });
}
function gitFailure(r) {
  const lines = r.stderr.split("\n").map((l) => l.trim()).filter(Boolean);
  const fatal = lines.filter((l) => /^(fatal|error):/.test(l));
  return (fatal.at(-1) ?? lines.at(-1) ?? `git exited with code ${r.code}`).replace(/^(fatal|error):\s*/, "");
}
async function git(args, doing, cwd) {
  const r = await runGit(args, cwd);
  if (r.code !== 0) throw new CargoError("io", `${doing}: ${gitFailure(r)}`);
  return r.stdout;
}
var FULL_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
function assertFullRev(rev) {
  const lower = rev.toLowerCase();
  if (!FULL_SHA.test(lower)) throw new CargoError("usage", `\`${rev}\` is not a full git commit id`);
  return lower;
}
async function isRepository(gitDir) {
  try {
    await fs.access(gitDir);
  } catch {
    return false;
  }
  return (await runGit([`--git-dir=${gitDir}`, "rev-parse", "--git-dir"])).code === 0;
}
async function containsCommit(gitDir, rev) {
  return (await runGit([`--git-dir=${gitDir}`, "cat-file", "-e", `${rev}^{commit}`])).code === 0;
}
async function initBare(dir) {
  await git(["init", "-q", "--bare", "--template=", "--initial-branch=master", dir], `cannot create a git database in ${dir}`);
}
async function makeStagingDir(finalPath) {
  const parent = path.dirname(finalPath);
  await fs.mkdir(parent, { recursive: true });
  await removeAbandonedStaging(finalPath);
  return fs.mkdtemp(path.join(parent, `${stagingPrefix(finalPath)}${process.pid}-`));
}
function stagingPrefix(finalPath) {
  return `.${path.basename(finalPath)}.tmp-`;
}
async function removeAbandonedStaging(finalPath) {
  const parent = path.dirname(finalPath);
  const prefix = stagingPrefix(finalPath);
  for (const name of await fs.readdir(parent).catch(() => [])) {
    if (!name.startsWith(prefix)) continue;
    const pid = Number(name.slice(prefix.length).split("-")[0]);
    if (Number.isInteger(pid) && pid > 0 && !processAlive(pid)) {
      await fs.rm(path.join(parent, name), { recursive: true, force: true });
    }
  }
}
function processAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}
async function publishStaging(staging, finalPath) {
  try {
    await fs.rename(staging, finalPath);
    return true;
  } catch (e) {
    const code = e.code;
    if (code !== "EEXIST" && code !== "ENOTEMPTY") throw new CargoError("io", `cannot move ${staging} to ${finalPath}: ${e.message}`);
    await fs.rm(staging, { recursive: true, force: true });
    return false;
  }
}

// src/cargo/sources/git/git_checkout.ts
init_errors();
import * as fs2 from "node:fs/promises";
import * as path2 from "node:path";
import { pathToFileURL } from "node:url";
var CHECKOUT_READY_LOCK = ".cargo-ok";
async function isFreshCheckout(checkoutPath, rev) {
  try {
    await fs2.access(path2.join(checkoutPath, CHECKOUT_READY_LOCK));
  } catch {
    return false;
  }
  const r = await runGit([`--git-dir=${path2.join(checkoutPath, ".git")}`, "rev-parse", "--verify", "-q", "HEAD"]);
  return r.code === 0 && r.stdout.trim() === assertFullRev(rev);
}
async function checkout(opts) {
  const rev = assertFullRev(opts.rev);
  const { dbPath, checkoutPath } = opts;
  if (await isFreshCheckout(checkoutPath, rev)) return { cloned: false };
  if (!await containsCommit(dbPath, rev)) {
    throw new CargoError("io", `git database ${dbPath} does not contain revision ${rev}; fetch it before the checkout`);
  }
  const staging = await makeStagingDir(checkoutPath);
  try {
    await git(["clone", "-q", "--local", "--no-checkout", "--template=", "--", dbPath, staging], `cannot clone ${dbPath}`);
    const inCheckout = (args, doing) => git(["-C", staging, ...args], doing);
    await inCheckout(["config", "core.autocrlf", "false"], `cannot configure ${staging}`);
    await inCheckout(["reset", "-q", "--hard", rev], `cannot check out ${rev} from ${dbPath}`);
    await updateSubmodules(staging, rev, opts.url);
    await inCheckout(["remote", "set-url", "origin", pathToFileURL(dbPath).href], `cannot configure ${staging}`);
    await fs2.writeFile(path2.join(staging, CHECKOUT_READY_LOCK), "");
    if (!await isFreshCheckout(checkoutPath, rev)) await fs2.rm(checkoutPath, { recursive: true, force: true });
    if (!await publishStaging(staging, checkoutPath) && !await isFreshCheckout(checkoutPath, rev)) {
      throw new CargoError("io", `checkout ${checkoutPath} was replaced while being written`);
    }
  } catch (e) {
    await fs2.rm(staging, { recursive: true, force: true });
    throw e;
  }
  return { cloned: true };
}
async function updateSubmodules(dir, rev, url) {
  try {
    await fs2.access(path2.join(dir, ".gitmodules"));
  } catch {
    return;
  }
  if (url) await git(["-C", dir, "remote", "set-url", "origin", url], `cannot configure ${dir}`);
  const r = await runGit(["-C", dir, "submodule", "update", "--init", "--recursive", "--quiet"]);
  if (r.code !== 0) {
    throw new CargoError("io", `failed to update submodules of ${url ?? dir} at ${rev}: ${gitFailure(r)}`);
  }
}

// src/cargo/sources/git/git_remote.ts
var EVERYTHING = {
  refspecs: ["+refs/heads/*:refs/remotes/origin/*", "+HEAD:refs/remotes/origin/HEAD"],
  tags: true
};
function refspecsFor(reference) {
  switch (reference.kind) {
    case "branch":
      return { refspecs: [`+refs/heads/${reference.name}:refs/remotes/origin/${reference.name}`], tags: false };
    case "tag":
      return { refspecs: [`+refs/tags/${reference.name}:refs/remotes/origin/tags/${reference.name}`], tags: false };
    case "default":
      return { refspecs: ["+HEAD:refs/remotes/origin/HEAD"], tags: false };
    case "rev":
      return reference.name.startsWith("refs/") ? { refspecs: [`+${reference.name}:${reference.name}`], tags: false } : EVERYTHING;
  }
}
function fetchPlan(reference, rev) {
  const plan = [refspecsFor(reference)];
  if (plan[0] !== EVERYTHING) plan.push(EVERYTHING);
  plan.push({ refspecs: [`+${rev}:refs/commit/${rev}`], tags: false });
  return plan;
}
async function fetchDatabase(opts) {
  const rev = assertFullRev(opts.rev);
  const { url, dbPath, reference } = opts;
  if (await isRepository(dbPath)) {
    if (await containsCommit(dbPath, rev)) return { fetched: false };
    await fetchUntilContains(dbPath, url, rev, reference);
    return { fetched: true };
  }
  await markCacheDir(dbPath);
  const staging = await makeStagingDir(dbPath);
  try {
    await initBare(staging);
    await fetchUntilContains(staging, url, rev, reference);
    if (!await isRepository(dbPath)) await fs3.rm(dbPath, { recursive: true, force: true });
    if (!await publishStaging(staging, dbPath) && !await containsCommit(dbPath, rev)) {
      throw new CargoError("io", `git database ${dbPath} was replaced while fetching ${url} and lacks revision ${rev}`);
    }
  } catch (e) {
    await fs3.rm(staging, { recursive: true, force: true });
    throw e;
  }
  return { fetched: true };
}
async function fetchUntilContains(gitDir, url, rev, reference) {
  let reached = false;
  let lastFailure = "";
  for (const step of fetchPlan(reference, rev)) {
    const r = await runGit([
      `--git-dir=${gitDir}`,
      "fetch",
      "--quiet",
      step.tags ? "--tags" : "--no-tags",
      "--force",
      "--update-head-ok",
      "--",
      url,
      ...step.refspecs
    ]);
    if (r.code === 0) reached = true;
    else lastFailure = gitFailure(r);
    if (await containsCommit(gitDir, rev)) return;
  }
  if (!reached) throw new CargoError("io", `failed to fetch git repository ${url}: ${lastFailure}`);
  throw new CargoError(
    "io",
    `the remote ${url} no longer has revision ${rev} (locked in Cargo.lock); it was probably force-pushed away: run \`cargo update\` to lock a commit that exists`
  );
}
async function markCacheDir(dbPath) {
  const dbDir = path3.dirname(dbPath);
  if (path3.basename(dbDir) !== "db") return;
  const tag = path3.join(path3.dirname(dbDir), "CACHEDIR.TAG");
  await fs3.mkdir(dbDir, { recursive: true });
  await fs3.writeFile(
    tag,
    "Signature: 8a477f597d28d172789f06886806bc55\n# This file is a cache directory tag created by cargo.\n# For information about cache directory tags see https://bford.info/cachedir/\n",
    { flag: "wx" }
  ).catch((e) => {
    if (e.code !== "EEXIST") throw new CargoError("io", `cannot write ${tag}: ${e.message}`);
  });
}

// src/cargo/sources/registry/http_remote.ts
init_errors();
import { createHash, randomBytes } from "node:crypto";
import fs6 from "node:fs";
import path5 from "node:path";

// src/cargo/util/network/http.ts
init_errors();
var DEFAULT_CONCURRENCY = 16;
var MAX_ATTEMPTS = 3;
function limit(n = DEFAULT_CONCURRENCY) {
  if (!Number.isInteger(n) || n < 1) throw new CargoError("usage", `concurrency must be a positive integer, got ${n}`);
  let active = 0;
  const waiting = [];
  return async (task) => {
    if (active >= n) await new Promise((go2) => waiting.push(go2));
    else active++;
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
}
var Spurious = class extends Error {
};
function headersOf(h) {
  const out = {};
  h.forEach((v2, k2) => out[k2] = v2);
  return out;
}
function describe(e, timedOut, timeoutMs) {
  if (timedOut) return `timed out after ${timeoutMs} ms without data`;
  const err = e;
  const cause = err.cause?.code ?? err.cause?.message;
  return cause ? `${err.message} (${cause})` : err.message ?? String(e);
}
var HttpClient = class {
  timeoutMs;
  attempts;
  backoffMs;
  gate;
  userAgent;
  constructor(opts = {}) {
    this.timeoutMs = opts.timeoutMs ?? 3e4;
    this.attempts = Math.min(Math.max(opts.attempts ?? MAX_ATTEMPTS, 1), MAX_ATTEMPTS);
    this.backoffMs = opts.backoffMs ?? 500;
    this.gate = limit(opts.concurrency ?? DEFAULT_CONCURRENCY);
    this.userAgent = opts.userAgent ?? "crate-cache";
  }
  /** GET with the body read into memory. Any status below 500 is returned, not thrown. */
  get(url, opts = {}) {
    return this.stream(url, opts, async (res) => {
      const chunks = [];
      for await (const c of res.body) chunks.push(Buffer.from(c));
      return { url: res.url, status: res.status, headers: res.headers, body: Buffer.concat(chunks) };
    });
  }
  /**
   * GET, handing the streaming response to `consume`. A failure while the
   * body arrives retries the whole request, so `consume` must start over
   * cleanly each time it is called; errors it throws itself end the request.
   */
  stream(url, opts, consume) {
    return this.gate(async () => {
      let last = "";
      for (let attempt = 1; attempt <= this.attempts; attempt++) {
        if (attempt > 1) await new Promise((r) => setTimeout(r, this.backoffMs * 2 ** (attempt - 2)));
        try {
          return await this.once(url, opts, consume);
        } catch (e) {
          if (!(e instanceof Spurious)) throw e;
          last = e.message;
        }
      }
      const tries = this.attempts === 1 ? "" : ` after ${this.attempts} attempts`;
      throw this.fail(url, opts, `${last}${tries}`);
    });
  }
  fail(url, opts, what) {
    const context = opts.context ? `${opts.context}: ` : "";
    return new CargoError(opts.kind ?? "io", `${context}${what} (GET ${url})`);
  }
  async once(url, opts, consume) {
    let parsed;
    try {
      parsed = new URL(url);
    } catch {
      parsed = void 0;
    }
    if (!parsed || parsed.protocol !== "http:" && parsed.protocol !== "https:") {
      throw new CargoError("url", `${opts.context ? opts.context + ": " : ""}not an http(s) URL: \`${url}\``);
    }
    const timeoutMs = this.timeoutMs;
    const abort = new AbortController();
    let timedOut = false;
    let timer;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        timedOut = true;
        abort.abort();
      }, this.timeoutMs);
    };
    arm();
    let res;
    try {
      res = await fetch(url, { headers: { "user-agent": this.userAgent, ...opts.headers }, signal: abort.signal, redirect: "follow" });
    } catch (e) {
      clearTimeout(timer);
      throw new Spurious(describe(e, timedOut, timeoutMs));
    }
    try {
      if (res.status >= 500) {
        throw new Spurious(`HTTP ${res.status}${res.statusText ? " " + res.statusText : ""}`);
      }
      const source = res.body;
      const body = {
        async *[Symbol.asyncIterator]() {
          if (!source) return;
          const reader = source.getReader();
          for (; ; ) {
            let r;
            try {
              arm();
              r = await reader.read();
            } catch (e) {
              throw new Spurious(describe(e, timedOut, timeoutMs));
            }
            if (r.done) return;
            yield r.value;
          }
        }
      };
      return await consume({ url: res.url || url, status: res.status, headers: headersOf(res.headers), body });
    } finally {
      clearTimeout(timer);
      abort.abort();
    }
  }
};
function statusError(res, opts) {
  const context = opts.context ? `${opts.context}: ` : "";
  return new CargoError(opts.kind ?? "io", `${context}HTTP ${res.status} (GET ${res.url})`);
}

// src/cargo/sources/registry/index_path.ts
init_errors();
function makeDepPath(name, prefixOnly = false) {
  if (!/^[\x21-\x7e]+$/.test(name) || name.includes("/")) {
    throw new CargoError("index", `invalid crate name \`${name}\` for a registry index path`);
  }
  const lower = name.toLowerCase();
  const tail = prefixOnly ? "" : `/${lower}`;
  switch (lower.length) {
    case 1:
      return `1${tail}`;
    case 2:
      return `2${tail}`;
    case 3:
      return `3/${lower[0]}${tail}`;
    default:
      return `${lower.slice(0, 2)}/${lower.slice(2, 4)}${tail}`;
  }
}

// src/cargo/sources/registry/download_url.ts
var CRATE_TEMPLATE = "{crate}";
var VERSION_TEMPLATE = "{version}";
var PREFIX_TEMPLATE = "{prefix}";
var LOWER_PREFIX_TEMPLATE = "{lowerprefix}";
var CHECKSUM_TEMPLATE = "{sha256-checksum}";
var MARKERS = [CRATE_TEMPLATE, VERSION_TEMPLATE, PREFIX_TEMPLATE, LOWER_PREFIX_TEMPLATE, CHECKSUM_TEMPLATE];
function depPathPrefix(name) {
  makeDepPath(name, true);
  switch (name.length) {
    case 1:
      return "1";
    case 2:
      return "2";
    case 3:
      return `3/${name[0]}`;
    default:
      return `${name.slice(0, 2)}/${name.slice(2, 4)}`;
  }
}
function downloadUrl(dl, pkg) {
  if (!MARKERS.some((m2) => dl.includes(m2))) return `${dl}/${pkg.name}/${pkg.version}/download`;
  const prefix = depPathPrefix(pkg.name);
  return dl.replaceAll(CRATE_TEMPLATE, pkg.name).replaceAll(VERSION_TEMPLATE, pkg.version).replaceAll(PREFIX_TEMPLATE, prefix).replaceAll(LOWER_PREFIX_TEMPLATE, prefix.toLowerCase()).replaceAll(CHECKSUM_TEMPLATE, pkg.checksum);
}

// src/cargo/sources/registry/index_cache.ts
init_errors();
import * as fs5 from "node:fs";

// src/cargo/util/paths.ts
init_errors();
import * as fs4 from "node:fs";
import * as path4 from "node:path";
var MAX_MANIFEST_BYTES = 8 << 20;
var MAX_CONFIG_BYTES = 4 << 20;
var MAX_LOCKFILE_BYTES = 64 << 20;
function isWithin(p2, dir) {
  if (p2 === dir) return true;
  return p2.startsWith(dir.endsWith(path4.sep) ? dir : dir + path4.sep);
}
function readToEnd(fd, buf, beforeGrow) {
  let len = 0;
  for (; ; ) {
    if (len === buf.length) {
      beforeGrow?.(len);
      buf = Buffer.concat([buf, Buffer.allocUnsafe(buf.length)]);
    }
    const want = buf.length - len;
    const n = fs4.readSync(fd, buf, len, want, null);
    len += n;
    if (n < want) return { buf, len };
  }
}
function readText(file, kind, maxBytes, what) {
  const text = readTextIfFile(file, kind, maxBytes, what);
  if (text === void 0) throw new CargoError("io", `failed to read ${what}: ENOENT`, { file });
  return text;
}
var OPEN_FLAGS = fs4.constants.O_RDONLY | (fs4.constants.O_NONBLOCK ?? 0);
function readTextIfFile(file, kind, maxBytes, what) {
  let fd;
  try {
    fd = fs4.openSync(file, OPEN_FLAGS);
  } catch (e) {
    const code = e.code;
    if (code === "ENOENT" || code === "ENOTDIR" || code === "EISDIR") return void 0;
    throw new CargoError("io", `failed to read ${what}: ${code ?? e.message}`, { file });
  }
  try {
    const st2 = fs4.fstatSync(fd);
    if (!st2.isFile()) return void 0;
    const tooLarge = (size) => new CargoError(kind, `${what} is ${(size / (1 << 20)).toFixed(1)} MiB; files over ${maxBytes >> 20} MiB are refused`, { file });
    if (st2.size > maxBytes) throw tooLarge(st2.size);
    const { buf, len } = readToEnd(fd, Buffer.allocUnsafe(st2.size + 1), (size) => {
      if (size > maxBytes) throw tooLarge(size);
    });
    return buf.toString("utf8", 0, len);
  } catch (e) {
    if (e instanceof CargoError) throw e;
    throw new CargoError("io", `failed to read ${what}: ${e.code ?? e.message}`, { file });
  } finally {
    fs4.closeSync(fd);
  }
}

// src/cargo/sources/registry/index_cache.ts
var CACHE_VERSION = 3;
var INDEX_FORMAT_VERSION = 2;
function decodeIndexCache(buf, where) {
  if (buf.length < 6 || buf[0] !== CACHE_VERSION) {
    throw new CargoError("index", `unsupported index cache version ${buf[0] ?? "none"}`, { file: where });
  }
  const fmt = buf[1] | buf[2] << 8 | buf[3] << 16 | buf[4] << 24;
  if (fmt !== INDEX_FORMAT_VERSION) {
    throw new CargoError("index", `unsupported index format version ${fmt}`, { file: where });
  }
  const fields = [];
  let start = 5;
  for (let i = 5; i < buf.length; i++) {
    if (buf[i] === 0) {
      fields.push(Buffer.from(buf.subarray(start, i)).toString("utf8"));
      start = i + 1;
    }
  }
  if (start !== buf.length || fields.length % 2 !== 1) {
    throw new CargoError("index", "truncated index cache file", { file: where });
  }
  const entries2 = [];
  for (let i = 1; i < fields.length; i += 2) entries2.push({ version: fields[i], line: fields[i + 1] });
  return { indexVersion: fields[0], entries: entries2 };
}
function encodeIndexCache(f2) {
  const parts = [Buffer.from([CACHE_VERSION, INDEX_FORMAT_VERSION, 0, 0, 0])];
  const z2 = Buffer.from([0]);
  parts.push(Buffer.from(f2.indexVersion, "utf8"), z2);
  for (const e of f2.entries) parts.push(Buffer.from(e.version, "utf8"), z2, Buffer.from(e.line, "utf8"), z2);
  return Buffer.concat(parts);
}
function sameAscii(buf, at2, s3) {
  for (let k2 = 0; k2 < s3.length; k2++) if (buf[at2 + k2] !== s3.charCodeAt(k2)) return false;
  return true;
}
function findIndexCacheLine(buf, version, where) {
  if (buf.length < 6 || buf[0] !== CACHE_VERSION) {
    throw new CargoError("index", `unsupported index cache version ${buf[0] ?? "none"}`, { file: where });
  }
  const b2 = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  let i = b2.indexOf(0, 5);
  while (i >= 0 && i + 1 < b2.length) {
    const vEnd = b2.indexOf(0, i + 1);
    if (vEnd < 0) break;
    const lEnd = b2.indexOf(0, vEnd + 1);
    if (lEnd < 0) break;
    if (vEnd - i - 1 === version.length && sameAscii(b2, i + 1, version)) {
      return b2.toString("utf8", vEnd + 1, lEnd);
    }
    i = lEnd;
  }
  return void 0;
}
var scratch = Buffer.allocUnsafe(64 * 1024);
function readIndexCacheLine(file, version) {
  let fd;
  try {
    fd = fs5.openSync(file, "r");
  } catch (e) {
    if (e.code === "ENOENT") return void 0;
    throw e;
  }
  let len;
  try {
    ({ buf: scratch, len } = readToEnd(fd, scratch));
  } finally {
    fs5.closeSync(fd);
  }
  return findIndexCacheLine(scratch.subarray(0, len), version, file);
}

// src/cargo/sources/registry/remote_config.ts
init_errors();
function parseRegistryConfig(bytes, where) {
  let json2;
  try {
    json2 = JSON.parse(Buffer.from(bytes).toString("utf8"));
  } catch (e) {
    throw new CargoError("index", `registry config.json is not valid JSON: ${e.message}`, { file: where });
  }
  if (json2 === null || typeof json2 !== "object" || Array.isArray(json2)) {
    throw new CargoError("index", "registry config.json must be a JSON object", { file: where });
  }
  const o = json2;
  if (typeof o.dl !== "string") {
    throw new CargoError("index", "registry config.json needs a string `dl` (the download URL)", { file: where });
  }
  if (o.api !== void 0 && o.api !== null && typeof o.api !== "string") {
    throw new CargoError("index", "`api` in registry config.json must be a string", { file: where });
  }
  const auth = o["auth-required"];
  if (auth !== void 0 && auth !== null && typeof auth !== "boolean") {
    throw new CargoError("index", "`auth-required` in registry config.json must be true or false", { file: where });
  }
  return { dl: o.dl, api: typeof o.api === "string" ? o.api : void 0, authRequired: auth === true };
}

// src/cargo/sources/registry/http_remote.ts
var ETAG = "etag";
var LAST_MODIFIED = "last-modified";
var UNKNOWN = "Unknown";
var SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*)?(?:\+[0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*)?$/;
var utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function lineVersion(line) {
  try {
    const o = JSON.parse(utf8.decode(line));
    if (o === null || typeof o !== "object" || Array.isArray(o)) return void 0;
    const { name, vers } = o;
    return typeof name === "string" && typeof vers === "string" && SEMVER.test(vers) ? vers : void 0;
  } catch {
    return void 0;
  }
}
function summariesCache(raw, indexVersion) {
  const entries2 = [];
  const buf = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  for (let start = 0; start < buf.length; ) {
    let end = buf.indexOf(10, start);
    if (end < 0) end = buf.length;
    const line = buf.subarray(start, end);
    const version = lineVersion(line);
    if (version !== void 0) entries2.push({ version, line: line.toString("utf8") });
    start = end + 1;
  }
  return { indexVersion, entries: entries2 };
}
function responseIndexVersion(headers) {
  if (headers.etag !== void 0) return `${ETAG}: ${headers.etag}`;
  if (headers["last-modified"] !== void 0) return `${LAST_MODIFIED}: ${headers["last-modified"]}`;
  return UNKNOWN;
}
function revalidationHeaders(indexVersion) {
  const sep4 = indexVersion.indexOf(": ");
  if (sep4 < 0) return {};
  const [key, value] = [indexVersion.slice(0, sep4), indexVersion.slice(sep4 + 2)];
  if (key === ETAG) return { "if-none-match": value };
  if (key === LAST_MODIFIED) return { "if-modified-since": value };
  return {};
}
function tempName(file) {
  return path5.join(path5.dirname(file), `.${path5.basename(file)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
}
async function writeAtomic(file, data) {
  await fs6.promises.mkdir(path5.dirname(file), { recursive: true });
  const tmp = tempName(file);
  try {
    await fs6.promises.writeFile(tmp, data);
    await fs6.promises.rename(tmp, file);
  } catch (e) {
    await fs6.promises.rm(tmp, { force: true });
    throw new CargoError("io", `cannot write ${file}: ${e.message}`);
  }
}
function describePkg(pkg) {
  return `\`${pkg.name} v${pkg.version}\``;
}
var HttpRegistry = class {
  indexUrl;
  cargoHome;
  dir;
  http;
  token;
  configPromise;
  constructor(opts) {
    const url = opts.indexUrl.replace(/^sparse\+/, "");
    this.indexUrl = url.endsWith("/") ? url : `${url}/`;
    this.cargoHome = opts.cargoHome;
    this.dir = opts.dir;
    this.token = opts.token;
    this.http = opts.http ?? new HttpClient();
  }
  /** `registry/index/<dir>` */
  indexDir() {
    return path5.join(this.cargoHome, "registry", "index", this.dir);
  }
  /** `registry/index/<dir>/.cache/<path>`, where cargo keeps its copy of a crate's index file. */
  indexCachePath(name) {
    return path5.join(this.indexDir(), ".cache", ...makeDepPath(name.toLowerCase()).split("/"));
  }
  /** `registry/cache/<dir>/<name>-<version>.crate` */
  cratePath(pkg) {
    return path5.join(this.cargoHome, "registry", "cache", this.dir, `${pkg.name}-${pkg.version}.crate`);
  }
  /** Whether the .crate is there; like cargo, an empty file does not count. Verifying it is the caller's job. */
  has(pkg) {
    try {
      return fs6.statSync(this.cratePath(pkg)).size > 0;
    } catch {
      return false;
    }
  }
  /** The registry's config.json, fetched once and stored byte for byte as cargo does. */
  config() {
    this.configPromise ??= this.fetchConfig();
    this.configPromise.catch(() => this.configPromise = void 0);
    return this.configPromise;
  }
  async fetchConfig() {
    const url = `${this.indexUrl}config.json`;
    const opts = { context: "registry config.json", kind: "index" };
    let res = await this.http.get(url, opts);
    if (res.status === 401 && this.token !== void 0) {
      res = await this.http.get(url, { ...opts, headers: { authorization: this.token } });
    }
    if (res.status !== 200) throw statusError(res, opts);
    const config = parseRegistryConfig(res.body, url);
    await writeAtomic(path5.join(this.indexDir(), "config.json"), res.body);
    return config;
  }
  async authHeaders() {
    if (this.token === void 0) return {};
    return (await this.config()).authRequired ? { authorization: this.token } : {};
  }
  /**
   * Brings the `.cache` file of each crate up to date: a conditional GET when
   * one exists (a 304 leaves it alone), else a plain GET. Every request is
   * seen through; then the first failure is thrown.
   */
  async updateIndexFiles(names) {
    const auth = await this.authHeaders();
    const unique2 = [...new Map(names.map((n) => [n.toLowerCase(), n])).values()];
    const results = await Promise.allSettled(unique2.map((n) => this.updateIndexFile(n, auth)));
    const failures = results.filter((r) => r.status === "rejected").map((r) => r.reason);
    if (failures.length === 0) return;
    const first = failures[0];
    if (failures.length === 1 || !(first instanceof CargoError)) throw first;
    throw new CargoError(first.kind, `${first.message} (and ${failures.length - 1} more index file(s) failed)`, first.location);
  }
  async updateIndexFile(name, auth) {
    const file = this.indexCachePath(name);
    const url = this.indexUrl + makeDepPath(name.toLowerCase());
    const opts = { context: `index file of crate \`${name}\``, kind: "index" };
    let conditional = {};
    try {
      conditional = revalidationHeaders(decodeIndexCache(await fs6.promises.readFile(file), file).indexVersion);
    } catch {
    }
    const res = await this.http.get(url, { ...opts, headers: { ...conditional, ...auth } });
    if (res.status === 304 && Object.keys(conditional).length > 0) return;
    if (res.status === 404 || res.status === 410 || res.status === 451) {
      await fs6.promises.rm(file, { force: true });
      throw new CargoError("index", `${opts.context}: not found in the registry, HTTP ${res.status} (GET ${res.url})`);
    }
    if (res.status !== 200) throw statusError(res, opts);
    await writeAtomic(file, encodeIndexCache(summariesCache(res.body, responseIndexVersion(res.headers))));
  }
  /**
   * Downloads a .crate into `registry/cache/<dir>/`, hashing while it is
   * written to a temp file that only becomes `<name>-<version>.crate` once
   * its sha256 matches `pkg.checksum`.
   */
  async download(pkg, config) {
    const url = downloadUrl(config.dl, pkg);
    const dest = this.cratePath(pkg);
    const opts = {
      context: `failed to download ${describePkg(pkg)}`,
      kind: "io",
      headers: config.authRequired && this.token !== void 0 ? { authorization: this.token } : void 0
    };
    await fs6.promises.mkdir(path5.dirname(dest), { recursive: true });
    return this.http.stream(url, opts, async (res) => {
      if (res.status !== 200) throw statusError(res, opts);
      const tmp = tempName(dest);
      const hash = createHash("sha256");
      let bytes = 0;
      let fh;
      try {
        fh = await fs6.promises.open(tmp, "wx");
        for await (const chunk of res.body) {
          hash.update(chunk);
          bytes += chunk.length;
          await fh.write(chunk);
        }
        await fh.close();
        fh = void 0;
        const actual = hash.digest("hex");
        if (actual !== pkg.checksum.toLowerCase()) {
          throw new CargoError(
            "io",
            `failed to verify the checksum of ${describePkg(pkg)}: expected ${pkg.checksum}, got ${actual} (GET ${res.url})`
          );
        }
        await fs6.promises.rename(tmp, dest);
        return { path: dest, bytes };
      } catch (e) {
        await fh?.close().catch(() => void 0);
        await fs6.promises.rm(tmp, { force: true });
        if (e instanceof Error && !(e instanceof CargoError) && "code" in e) {
          throw new CargoError("io", `${opts.context}: cannot write ${tmp}: ${e.message}`);
        }
        throw e;
      }
    });
  }
};

// src/cargo/sources/registry/unpack.ts
import fs8 from "node:fs";
import path6 from "node:path";
import zlib from "node:zlib";

// node_modules/tar/dist/esm/index.min.js
import Qr from "events";
import I from "fs";
import { EventEmitter as Di } from "node:events";
import Cs from "node:stream";
import { StringDecoder as Hr } from "node:string_decoder";
import cr from "node:path";
import Kt from "node:fs";
import { dirname as Fn, parse as kn } from "path";
import { EventEmitter as Dn } from "events";
import zi from "assert";
import { Buffer as Ot } from "buffer";
import * as Ps from "zlib";
import en from "zlib";
import { posix as Zt } from "node:path";
import { basename as _n } from "node:path";
import mi from "fs";
import X from "fs";
import js from "path";
import { win32 as Pn } from "node:path";
import ar from "path";
import Br from "node:fs";
import co from "node:assert";
import { randomBytes as Mr } from "node:crypto";
import u from "node:fs";
import R from "node:path";
import pr from "fs";
import wi from "node:fs";
import we from "node:path";
import k from "node:fs";
import ro from "node:fs/promises";
import Si from "node:path";
import { join as xr } from "node:path";
import v from "node:fs";
import Pr from "node:path";
var zr = Object.defineProperty;
var Ur = (s3, t) => {
  for (var e in t) zr(s3, e, { get: t[e], enumerable: true });
};
var Ds = typeof process == "object" && process ? process : { stdout: null, stderr: null };
var Wr = (s3) => !!s3 && typeof s3 == "object" && (s3 instanceof A || s3 instanceof Cs || Gr(s3) || Zr(s3));
var Gr = (s3) => !!s3 && typeof s3 == "object" && s3 instanceof Di && typeof s3.pipe == "function" && s3.pipe !== Cs.Writable.prototype.pipe;
var Zr = (s3) => !!s3 && typeof s3 == "object" && s3 instanceof Di && typeof s3.write == "function" && typeof s3.end == "function";
var Q = /* @__PURE__ */ Symbol("EOF");
var J = /* @__PURE__ */ Symbol("maybeEmitEnd");
var nt = /* @__PURE__ */ Symbol("emittedEnd");
var De = /* @__PURE__ */ Symbol("emittingEnd");
var qt = /* @__PURE__ */ Symbol("emittedError");
var Ne = /* @__PURE__ */ Symbol("closed");
var Ns = /* @__PURE__ */ Symbol("read");
var Ae = /* @__PURE__ */ Symbol("flush");
var As = /* @__PURE__ */ Symbol("flushChunk");
var z = /* @__PURE__ */ Symbol("encoding");
var Mt = /* @__PURE__ */ Symbol("decoder");
var g = /* @__PURE__ */ Symbol("flowing");
var Qt = /* @__PURE__ */ Symbol("paused");
var Bt = /* @__PURE__ */ Symbol("resume");
var b = /* @__PURE__ */ Symbol("buffer");
var N = /* @__PURE__ */ Symbol("pipes");
var _ = /* @__PURE__ */ Symbol("bufferLength");
var bi = /* @__PURE__ */ Symbol("bufferPush");
var Ie = /* @__PURE__ */ Symbol("bufferShift");
var L = /* @__PURE__ */ Symbol("objectMode");
var S = /* @__PURE__ */ Symbol("destroyed");
var _i = /* @__PURE__ */ Symbol("error");
var Oi = /* @__PURE__ */ Symbol("emitData");
var Is = /* @__PURE__ */ Symbol("emitEnd");
var Ti = /* @__PURE__ */ Symbol("emitEnd2");
var Z = /* @__PURE__ */ Symbol("async");
var xi = /* @__PURE__ */ Symbol("abort");
var Ce = /* @__PURE__ */ Symbol("aborted");
var Jt = /* @__PURE__ */ Symbol("signal");
var Rt = /* @__PURE__ */ Symbol("dataListeners");
var C = /* @__PURE__ */ Symbol("discarded");
var jt = (s3) => Promise.resolve().then(s3);
var Yr = (s3) => s3();
var Kr = (s3) => s3 === "end" || s3 === "finish" || s3 === "prefinish";
var Vr = (s3) => s3 instanceof ArrayBuffer || !!s3 && typeof s3 == "object" && s3.constructor && s3.constructor.name === "ArrayBuffer" && s3.byteLength >= 0;
var $r = (s3) => !Buffer.isBuffer(s3) && ArrayBuffer.isView(s3);
var Fe = class {
  src;
  dest;
  opts;
  ondrain;
  constructor(t, e, i) {
    this.src = t, this.dest = e, this.opts = i, this.ondrain = () => t[Bt](), this.dest.on("drain", this.ondrain);
  }
  unpipe() {
    this.dest.removeListener("drain", this.ondrain);
  }
  proxyErrors(t) {
  }
  end() {
    this.unpipe(), this.opts.end && this.dest.end();
  }
};
var Li = class extends Fe {
  unpipe() {
    this.src.removeListener("error", this.proxyErrors), super.unpipe();
  }
  constructor(t, e, i) {
    super(t, e, i), this.proxyErrors = (r) => this.dest.emit("error", r), t.on("error", this.proxyErrors);
  }
};
var Xr = (s3) => !!s3.objectMode;
var qr = (s3) => !s3.objectMode && !!s3.encoding && s3.encoding !== "buffer";
var A = class extends Di {
  [g] = false;
  [Qt] = false;
  [N] = [];
  [b] = [];
  [L];
  [z];
  [Z];
  [Mt];
  [Q] = false;
  [nt] = false;
  [De] = false;
  [Ne] = false;
  [qt] = null;
  [_] = 0;
  [S] = false;
  [Jt];
  [Ce] = false;
  [Rt] = 0;
  [C] = false;
  writable = true;
  readable = true;
  constructor(...t) {
    let e = t[0] || {};
    if (super(), e.objectMode && typeof e.encoding == "string") throw new TypeError("Encoding and objectMode may not be used together");
    Xr(e) ? (this[L] = true, this[z] = null) : qr(e) ? (this[z] = e.encoding, this[L] = false) : (this[L] = false, this[z] = null), this[Z] = !!e.async, this[Mt] = this[z] ? new Hr(this[z]) : null, e && e.debugExposeBuffer === true && Object.defineProperty(this, "buffer", { get: () => this[b] }), e && e.debugExposePipes === true && Object.defineProperty(this, "pipes", { get: () => this[N] });
    let { signal: i } = e;
    i && (this[Jt] = i, i.aborted ? this[xi]() : i.addEventListener("abort", () => this[xi]()));
  }
  get bufferLength() {
    return this[_];
  }
  get encoding() {
    return this[z];
  }
  set encoding(t) {
    throw new Error("Encoding must be set at instantiation time");
  }
  setEncoding(t) {
    throw new Error("Encoding must be set at instantiation time");
  }
  get objectMode() {
    return this[L];
  }
  set objectMode(t) {
    throw new Error("objectMode must be set at instantiation time");
  }
  get async() {
    return this[Z];
  }
  set async(t) {
    this[Z] = this[Z] || !!t;
  }
  [xi]() {
    this[Ce] = true, this.emit("abort", this[Jt]?.reason), this.destroy(this[Jt]?.reason);
  }
  get aborted() {
    return this[Ce];
  }
  set aborted(t) {
  }
  write(t, e, i) {
    if (this[Ce]) return false;
    if (this[Q]) throw new Error("write after end");
    if (this[S]) return this.emit("error", Object.assign(new Error("Cannot call write after a stream was destroyed"), { code: "ERR_STREAM_DESTROYED" })), true;
    typeof e == "function" && (i = e, e = "utf8"), e || (e = "utf8");
    let r = this[Z] ? jt : Yr;
    if (!this[L] && !Buffer.isBuffer(t)) {
      if ($r(t)) t = Buffer.from(t.buffer, t.byteOffset, t.byteLength);
      else if (Vr(t)) t = Buffer.from(t);
      else if (typeof t != "string") throw new Error("Non-contiguous data written to non-objectMode stream");
    }
    return this[L] ? (this[g] && this[_] !== 0 && this[Ae](true), this[g] ? this.emit("data", t) : this[bi](t), this[_] !== 0 && this.emit("readable"), i && r(i), this[g]) : t.length ? (typeof t == "string" && !(e === this[z] && !this[Mt]?.lastNeed) && (t = Buffer.from(t, e)), Buffer.isBuffer(t) && this[z] && (t = this[Mt].write(t)), this[g] && this[_] !== 0 && this[Ae](true), this[g] ? this.emit("data", t) : this[bi](t), this[_] !== 0 && this.emit("readable"), i && r(i), this[g]) : (this[_] !== 0 && this.emit("readable"), i && r(i), this[g]);
  }
  read(t) {
    if (this[S]) return null;
    if (this[C] = false, this[_] === 0 || t === 0 || t && t > this[_]) return this[J](), null;
    this[L] && (t = null), this[b].length > 1 && !this[L] && (this[b] = [this[z] ? this[b].join("") : Buffer.concat(this[b], this[_])]);
    let e = this[Ns](t || null, this[b][0]);
    return this[J](), e;
  }
  [Ns](t, e) {
    if (this[L]) this[Ie]();
    else {
      let i = e;
      t === i.length || t === null ? this[Ie]() : typeof i == "string" ? (this[b][0] = i.slice(t), e = i.slice(0, t), this[_] -= t) : (this[b][0] = i.subarray(t), e = i.subarray(0, t), this[_] -= t);
    }
    return this.emit("data", e), !this[b].length && !this[Q] && this.emit("drain"), e;
  }
  end(t, e, i) {
    return typeof t == "function" && (i = t, t = void 0), typeof e == "function" && (i = e, e = "utf8"), t !== void 0 && this.write(t, e), i && this.once("end", i), this[Q] = true, this.writable = false, (this[g] || !this[Qt]) && this[J](), this;
  }
  [Bt]() {
    this[S] || (!this[Rt] && !this[N].length && (this[C] = true), this[Qt] = false, this[g] = true, this.emit("resume"), this[b].length ? this[Ae]() : this[Q] ? this[J]() : this.emit("drain"));
  }
  resume() {
    return this[Bt]();
  }
  pause() {
    this[g] = false, this[Qt] = true, this[C] = false;
  }
  get destroyed() {
    return this[S];
  }
  get flowing() {
    return this[g];
  }
  get paused() {
    return this[Qt];
  }
  [bi](t) {
    this[L] ? this[_] += 1 : this[_] += t.length, this[b].push(t);
  }
  [Ie]() {
    return this[L] ? this[_] -= 1 : this[_] -= this[b][0].length, this[b].shift();
  }
  [Ae](t = false) {
    do
      ;
    while (this[As](this[Ie]()) && this[b].length);
    !t && !this[b].length && !this[Q] && this.emit("drain");
  }
  [As](t) {
    return this.emit("data", t), this[g];
  }
  pipe(t, e) {
    if (this[S]) return t;
    this[C] = false;
    let i = this[nt];
    return e = e || {}, t === Ds.stdout || t === Ds.stderr ? e.end = false : e.end = e.end !== false, e.proxyErrors = !!e.proxyErrors, i ? e.end && t.end() : (this[N].push(e.proxyErrors ? new Li(this, t, e) : new Fe(this, t, e)), this[Z] ? jt(() => this[Bt]()) : this[Bt]()), t;
  }
  unpipe(t) {
    let e = this[N].find((i) => i.dest === t);
    e && (this[N].length === 1 ? (this[g] && this[Rt] === 0 && (this[g] = false), this[N] = []) : this[N].splice(this[N].indexOf(e), 1), e.unpipe());
  }
  addListener(t, e) {
    return this.on(t, e);
  }
  on(t, e) {
    let i = super.on(t, e);
    if (t === "data") this[C] = false, this[Rt]++, !this[N].length && !this[g] && this[Bt]();
    else if (t === "readable" && this[_] !== 0) super.emit("readable");
    else if (Kr(t) && this[nt]) super.emit(t), this.removeAllListeners(t);
    else if (t === "error" && this[qt]) {
      let r = e;
      this[Z] ? jt(() => r.call(this, this[qt])) : r.call(this, this[qt]);
    }
    return i;
  }
  removeListener(t, e) {
    return this.off(t, e);
  }
  off(t, e) {
    let i = super.off(t, e);
    return t === "data" && (this[Rt] = this.listeners("data").length, this[Rt] === 0 && !this[C] && !this[N].length && (this[g] = false)), i;
  }
  removeAllListeners(t) {
    let e = super.removeAllListeners(t);
    return (t === "data" || t === void 0) && (this[Rt] = 0, !this[C] && !this[N].length && (this[g] = false)), e;
  }
  get emittedEnd() {
    return this[nt];
  }
  [J]() {
    !this[De] && !this[nt] && !this[S] && this[b].length === 0 && this[Q] && (this[De] = true, this.emit("end"), this.emit("prefinish"), this.emit("finish"), this[Ne] && this.emit("close"), this[De] = false);
  }
  emit(t, ...e) {
    let i = e[0];
    if (t !== "error" && t !== "close" && t !== S && this[S]) return false;
    if (t === "data") return !this[L] && !i ? false : this[Z] ? (jt(() => this[Oi](i)), true) : this[Oi](i);
    if (t === "end") return this[Is]();
    if (t === "close") {
      if (this[Ne] = true, !this[nt] && !this[S]) return false;
      let n = super.emit("close");
      return this.removeAllListeners("close"), n;
    } else if (t === "error") {
      this[qt] = i, super.emit(_i, i);
      let n = !this[Jt] || this.listeners("error").length ? super.emit("error", i) : false;
      return this[J](), n;
    } else if (t === "resume") {
      let n = super.emit("resume");
      return this[J](), n;
    } else if (t === "finish" || t === "prefinish") {
      let n = super.emit(t);
      return this.removeAllListeners(t), n;
    }
    let r = super.emit(t, ...e);
    return this[J](), r;
  }
  [Oi](t) {
    for (let i of this[N]) i.dest.write(t) === false && this.pause();
    let e = this[C] ? false : super.emit("data", t);
    return this[J](), e;
  }
  [Is]() {
    return this[nt] ? false : (this[nt] = true, this.readable = false, this[Z] ? (jt(() => this[Ti]()), true) : this[Ti]());
  }
  [Ti]() {
    if (this[Mt]) {
      let e = this[Mt].end();
      if (e) {
        for (let i of this[N]) i.dest.write(e);
        this[C] || super.emit("data", e);
      }
    }
    for (let e of this[N]) e.end();
    let t = super.emit("end");
    return this.removeAllListeners("end"), t;
  }
  async collect() {
    let t = Object.assign([], { dataLength: 0 });
    this[L] || (t.dataLength = 0);
    let e = this.promise();
    return this.on("data", (i) => {
      t.push(i), this[L] || (t.dataLength += i.length);
    }), await e, t;
  }
  async concat() {
    if (this[L]) throw new Error("cannot concat in objectMode");
    let t = await this.collect();
    return this[z] ? t.join("") : Buffer.concat(t, t.dataLength);
  }
  async promise() {
    return new Promise((t, e) => {
      this.on(S, () => e(new Error("stream destroyed"))), this.on("error", (i) => e(i)), this.on("end", () => t());
    });
  }
  [Symbol.asyncIterator]() {
    this[C] = false;
    let t = false, e = async () => (this.pause(), t = true, { value: void 0, done: true });
    return { next: () => {
      if (t) return e();
      let r = this.read();
      if (r !== null) return Promise.resolve({ done: false, value: r });
      if (this[Q]) return e();
      let n, o, h = (d) => {
        this.off("data", a), this.off("end", l), this.off(S, c), e(), o(d);
      }, a = (d) => {
        this.off("error", h), this.off("end", l), this.off(S, c), this.pause(), n({ value: d, done: !!this[Q] });
      }, l = () => {
        this.off("error", h), this.off("data", a), this.off(S, c), e(), n({ done: true, value: void 0 });
      }, c = () => h(new Error("stream destroyed"));
      return new Promise((d, y) => {
        o = y, n = d, this.once(S, c), this.once("error", h), this.once("end", l), this.once("data", a);
      });
    }, throw: e, return: e, [Symbol.asyncIterator]() {
      return this;
    }, [Symbol.asyncDispose]: async () => {
    } };
  }
  [Symbol.iterator]() {
    this[C] = false;
    let t = false, e = () => (this.pause(), this.off(_i, e), this.off(S, e), this.off("end", e), t = true, { done: true, value: void 0 }), i = () => {
      if (t) return e();
      let r = this.read();
      return r === null ? e() : { done: false, value: r };
    };
    return this.once("end", e), this.once(_i, e), this.once(S, e), { next: i, throw: e, return: e, [Symbol.iterator]() {
      return this;
    }, [Symbol.dispose]: () => {
    } };
  }
  destroy(t) {
    if (this[S]) return t ? this.emit("error", t) : this.emit(S), this;
    this[S] = true, this[C] = true, this[b].length = 0, this[_] = 0;
    let e = this;
    return typeof e.close == "function" && !this[Ne] && e.close(), t ? this.emit("error", t) : this.emit(S), this;
  }
  static get isStream() {
    return Wr;
  }
};
var Jr = I.writev;
var ht = /* @__PURE__ */ Symbol("_autoClose");
var H = /* @__PURE__ */ Symbol("_close");
var te = /* @__PURE__ */ Symbol("_ended");
var m = /* @__PURE__ */ Symbol("_fd");
var Ni = /* @__PURE__ */ Symbol("_finished");
var tt = /* @__PURE__ */ Symbol("_flags");
var Ai = /* @__PURE__ */ Symbol("_flush");
var ki = /* @__PURE__ */ Symbol("_handleChunk");
var vi = /* @__PURE__ */ Symbol("_makeBuf");
var ie = /* @__PURE__ */ Symbol("_mode");
var ke = /* @__PURE__ */ Symbol("_needDrain");
var Ut = /* @__PURE__ */ Symbol("_onerror");
var Ht = /* @__PURE__ */ Symbol("_onopen");
var Ii = /* @__PURE__ */ Symbol("_onread");
var Pt = /* @__PURE__ */ Symbol("_onwrite");
var at = /* @__PURE__ */ Symbol("_open");
var U = /* @__PURE__ */ Symbol("_path");
var ot = /* @__PURE__ */ Symbol("_pos");
var Y = /* @__PURE__ */ Symbol("_queue");
var zt = /* @__PURE__ */ Symbol("_read");
var Ci = /* @__PURE__ */ Symbol("_readSize");
var j = /* @__PURE__ */ Symbol("_reading");
var ee = /* @__PURE__ */ Symbol("_remain");
var Fi = /* @__PURE__ */ Symbol("_size");
var ve = /* @__PURE__ */ Symbol("_write");
var gt = /* @__PURE__ */ Symbol("_writing");
var Me = /* @__PURE__ */ Symbol("_defaultFlag");
var bt = /* @__PURE__ */ Symbol("_errored");
var _t = class extends A {
  [bt] = false;
  [m];
  [U];
  [Ci];
  [j] = false;
  [Fi];
  [ee];
  [ht];
  constructor(t, e) {
    if (e = e || {}, super(e), this.readable = true, this.writable = false, typeof t != "string") throw new TypeError("path must be a string");
    this[bt] = false, this[m] = typeof e.fd == "number" ? e.fd : void 0, this[U] = t, this[Ci] = e.readSize || 16 * 1024 * 1024, this[j] = false, this[Fi] = typeof e.size == "number" ? e.size : 1 / 0, this[ee] = this[Fi], this[ht] = typeof e.autoClose == "boolean" ? e.autoClose : true, typeof this[m] == "number" ? this[zt]() : this[at]();
  }
  get fd() {
    return this[m];
  }
  get path() {
    return this[U];
  }
  write() {
    throw new TypeError("this is a readable stream");
  }
  end() {
    throw new TypeError("this is a readable stream");
  }
  [at]() {
    I.open(this[U], "r", (t, e) => this[Ht](t, e));
  }
  [Ht](t, e) {
    t ? this[Ut](t) : (this[m] = e, this.emit("open", e), this[zt]());
  }
  [vi]() {
    return Buffer.allocUnsafe(Math.min(this[Ci], this[ee]));
  }
  [zt]() {
    if (!this[j]) {
      this[j] = true;
      let t = this[vi]();
      if (t.length === 0) return process.nextTick(() => this[Ii](null, 0, t));
      I.read(this[m], t, 0, t.length, null, (e, i, r) => this[Ii](e, i, r));
    }
  }
  [Ii](t, e, i) {
    this[j] = false, t ? this[Ut](t) : this[ki](e, i) && this[zt]();
  }
  [H]() {
    if (this[ht] && typeof this[m] == "number") {
      let t = this[m];
      this[m] = void 0, I.close(t, (e) => e ? this.emit("error", e) : this.emit("close"));
    }
  }
  [Ut](t) {
    this[j] = true, this[H](), this.emit("error", t);
  }
  [ki](t, e) {
    let i = false;
    return this[ee] -= t, t > 0 && (i = super.write(t < e.length ? e.subarray(0, t) : e)), (t === 0 || this[ee] <= 0) && (i = false, this[H](), super.end()), i;
  }
  emit(t, ...e) {
    switch (t) {
      case "prefinish":
      case "finish":
        return false;
      case "drain":
        return typeof this[m] == "number" && this[zt](), false;
      case "error":
        return this[bt] ? false : (this[bt] = true, super.emit(t, ...e));
      default:
        return super.emit(t, ...e);
    }
  }
};
var Be = class extends _t {
  [at]() {
    let t = true;
    try {
      this[Ht](null, I.openSync(this[U], "r")), t = false;
    } finally {
      t && this[H]();
    }
  }
  [zt]() {
    let t = true;
    try {
      if (!this[j]) {
        this[j] = true;
        do {
          let e = this[vi](), i = e.length === 0 ? 0 : I.readSync(this[m], e, 0, e.length, null);
          if (!this[ki](i, e)) break;
        } while (true);
        this[j] = false;
      }
      t = false;
    } finally {
      t && this[H]();
    }
  }
  [H]() {
    if (this[ht] && typeof this[m] == "number") {
      let t = this[m];
      this[m] = void 0, I.closeSync(t), this.emit("close");
    }
  }
};
var et = class extends Qr {
  readable = false;
  writable = true;
  [bt] = false;
  [gt] = false;
  [te] = false;
  [Y] = [];
  [ke] = false;
  [U];
  [ie];
  [ht];
  [m];
  [Me];
  [tt];
  [Ni] = false;
  [ot];
  constructor(t, e) {
    e = e || {}, super(e), this[U] = t, this[m] = typeof e.fd == "number" ? e.fd : void 0, this[ie] = e.mode === void 0 ? 438 : e.mode, this[ot] = typeof e.start == "number" ? e.start : void 0, this[ht] = typeof e.autoClose == "boolean" ? e.autoClose : true;
    let i = this[ot] !== void 0 ? "r+" : "w";
    this[Me] = e.flags === void 0, this[tt] = e.flags === void 0 ? i : e.flags, this[m] === void 0 && this[at]();
  }
  emit(t, ...e) {
    if (t === "error") {
      if (this[bt]) return false;
      this[bt] = true;
    }
    return super.emit(t, ...e);
  }
  get fd() {
    return this[m];
  }
  get path() {
    return this[U];
  }
  [Ut](t) {
    this[H](), this[gt] = true, this.emit("error", t);
  }
  [at]() {
    I.open(this[U], this[tt], this[ie], (t, e) => this[Ht](t, e));
  }
  [Ht](t, e) {
    this[Me] && this[tt] === "r+" && t && t.code === "ENOENT" ? (this[tt] = "w", this[at]()) : t ? this[Ut](t) : (this[m] = e, this.emit("open", e), this[gt] || this[Ai]());
  }
  end(t, e) {
    return t && this.write(t, e), this[te] = true, !this[gt] && !this[Y].length && typeof this[m] == "number" && this[Pt](null, 0), this;
  }
  write(t, e) {
    return typeof t == "string" && (t = Buffer.from(t, e)), this[te] ? (this.emit("error", new Error("write() after end()")), false) : this[m] === void 0 || this[gt] || this[Y].length ? (this[Y].push(t), this[ke] = true, false) : (this[gt] = true, this[ve](t), true);
  }
  [ve](t) {
    I.write(this[m], t, 0, t.length, this[ot], (e, i) => this[Pt](e, i));
  }
  [Pt](t, e) {
    t ? this[Ut](t) : (this[ot] !== void 0 && typeof e == "number" && (this[ot] += e), this[Y].length ? this[Ai]() : (this[gt] = false, this[te] && !this[Ni] ? (this[Ni] = true, this[H](), this.emit("finish")) : this[ke] && (this[ke] = false, this.emit("drain"))));
  }
  [Ai]() {
    if (this[Y].length === 0) this[te] && this[Pt](null, 0);
    else if (this[Y].length === 1) this[ve](this[Y].pop());
    else {
      let t = this[Y];
      this[Y] = [], Jr(this[m], t, this[ot], (e, i) => this[Pt](e, i));
    }
  }
  [H]() {
    if (this[ht] && typeof this[m] == "number") {
      let t = this[m];
      this[m] = void 0, I.close(t, (e) => e ? this.emit("error", e) : this.emit("close"));
    }
  }
};
var Wt = class extends et {
  [at]() {
    let t;
    if (this[Me] && this[tt] === "r+") try {
      t = I.openSync(this[U], this[tt], this[ie]);
    } catch (e) {
      if (e?.code === "ENOENT") return this[tt] = "w", this[at]();
      throw e;
    }
    else t = I.openSync(this[U], this[tt], this[ie]);
    this[Ht](null, t);
  }
  [H]() {
    if (this[ht] && typeof this[m] == "number") {
      let t = this[m];
      this[m] = void 0, I.closeSync(t), this.emit("close");
    }
  }
  [ve](t) {
    let e = true;
    try {
      this[Pt](null, I.writeSync(this[m], t, 0, t.length, this[ot])), e = false;
    } finally {
      if (e) try {
        this[H]();
      } catch {
      }
    }
  }
};
var jr = /* @__PURE__ */ new Map([["C", "cwd"], ["f", "file"], ["z", "gzip"], ["P", "preservePaths"], ["U", "unlink"], ["strip-components", "strip"], ["stripComponents", "strip"], ["keep-newer", "newer"], ["keepNewer", "newer"], ["keep-newer-files", "newer"], ["keepNewerFiles", "newer"], ["k", "keep"], ["keep-existing", "keep"], ["keepExisting", "keep"], ["m", "noMtime"], ["no-mtime", "noMtime"], ["p", "preserveOwner"], ["L", "follow"], ["h", "follow"], ["onentry", "onReadEntry"]]);
var Fs = (s3) => !!s3.sync && !!s3.file;
var ks = (s3) => !s3.sync && !!s3.file;
var vs = (s3) => !!s3.sync && !s3.file;
var Ms = (s3) => !s3.sync && !s3.file;
var Bs = (s3) => !!s3.file;
var tn = (s3) => {
  let t = jr.get(s3);
  return t || s3;
};
var se = (s3 = {}) => {
  if (!s3) return {};
  let t = {};
  for (let [e, i] of Object.entries(s3)) {
    let r = tn(e);
    t[r] = i;
  }
  return t.chmod === void 0 && t.noChmod === false && (t.chmod = true), delete t.noChmod, t;
};
var K = (s3, t, e, i, r) => Object.assign((n = [], o, h) => {
  Array.isArray(n) && (o = n, n = {}), typeof o == "function" && (h = o, o = void 0), o = o ? Array.from(o) : [];
  let a = se(n);
  if (r?.(a, o), Fs(a)) {
    if (typeof h == "function") throw new TypeError("callback not supported for sync tar functions");
    return s3(a, o);
  } else if (ks(a)) {
    let l = t(a, o);
    return h ? l.then(() => h(), h) : l;
  } else if (vs(a)) {
    if (typeof h == "function") throw new TypeError("callback not supported for sync tar functions");
    return e(a, o);
  } else if (Ms(a)) {
    if (typeof h == "function") throw new TypeError("callback only supported with file option");
    return i(a, o);
  }
  throw new Error("impossible options??");
}, { syncFile: s3, asyncFile: t, syncNoFile: e, asyncNoFile: i, validate: r });
var sn = en.constants || { ZLIB_VERNUM: 4736 };
var M = Object.freeze(Object.assign(/* @__PURE__ */ Object.create(null), { Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5, Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3, Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6, Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1, Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0, DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7, BROTLI_DECODE: 8, BROTLI_ENCODE: 9, Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15, Z_MIN_CHUNK: 64, Z_MAX_CHUNK: 1 / 0, Z_DEFAULT_CHUNK: 16384, Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9, Z_DEFAULT_MEMLEVEL: 8, Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1, BROTLI_OPERATION_PROCESS: 0, BROTLI_OPERATION_FLUSH: 1, BROTLI_OPERATION_FINISH: 2, BROTLI_OPERATION_EMIT_METADATA: 3, BROTLI_MODE_GENERIC: 0, BROTLI_MODE_TEXT: 1, BROTLI_MODE_FONT: 2, BROTLI_DEFAULT_MODE: 0, BROTLI_MIN_QUALITY: 0, BROTLI_MAX_QUALITY: 11, BROTLI_DEFAULT_QUALITY: 11, BROTLI_MIN_WINDOW_BITS: 10, BROTLI_MAX_WINDOW_BITS: 24, BROTLI_LARGE_MAX_WINDOW_BITS: 30, BROTLI_DEFAULT_WINDOW: 22, BROTLI_MIN_INPUT_BLOCK_BITS: 16, BROTLI_MAX_INPUT_BLOCK_BITS: 24, BROTLI_PARAM_MODE: 0, BROTLI_PARAM_QUALITY: 1, BROTLI_PARAM_LGWIN: 2, BROTLI_PARAM_LGBLOCK: 3, BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING: 4, BROTLI_PARAM_SIZE_HINT: 5, BROTLI_PARAM_LARGE_WINDOW: 6, BROTLI_PARAM_NPOSTFIX: 7, BROTLI_PARAM_NDIRECT: 8, BROTLI_DECODER_RESULT_ERROR: 0, BROTLI_DECODER_RESULT_SUCCESS: 1, BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT: 2, BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT: 3, BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION: 0, BROTLI_DECODER_PARAM_LARGE_WINDOW: 1, BROTLI_DECODER_NO_ERROR: 0, BROTLI_DECODER_SUCCESS: 1, BROTLI_DECODER_NEEDS_MORE_INPUT: 2, BROTLI_DECODER_NEEDS_MORE_OUTPUT: 3, BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE: -1, BROTLI_DECODER_ERROR_FORMAT_RESERVED: -2, BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE: -3, BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET: -4, BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME: -5, BROTLI_DECODER_ERROR_FORMAT_CL_SPACE: -6, BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE: -7, BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT: -8, BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1: -9, BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2: -10, BROTLI_DECODER_ERROR_FORMAT_TRANSFORM: -11, BROTLI_DECODER_ERROR_FORMAT_DICTIONARY: -12, BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS: -13, BROTLI_DECODER_ERROR_FORMAT_PADDING_1: -14, BROTLI_DECODER_ERROR_FORMAT_PADDING_2: -15, BROTLI_DECODER_ERROR_FORMAT_DISTANCE: -16, BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET: -19, BROTLI_DECODER_ERROR_INVALID_ARGUMENTS: -20, BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES: -21, BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS: -22, BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP: -25, BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1: -26, BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2: -27, BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES: -30, BROTLI_DECODER_ERROR_UNREACHABLE: -31 }, sn));
var rn = Ot.concat;
var zs = Object.getOwnPropertyDescriptor(Ot, "concat");
var nn = (s3) => s3;
var Bi = zs?.writable === true || zs?.set !== void 0 ? (s3) => {
  Ot.concat = s3 ? nn : rn;
} : (s3) => {
};
var Tt = /* @__PURE__ */ Symbol("_superWrite");
var Gt = class extends Error {
  code;
  errno;
  constructor(t, e) {
    super("zlib: " + t.message, { cause: t }), this.code = t.code, this.errno = t.errno, this.code || (this.code = "ZLIB_ERROR"), this.message = "zlib: " + t.message, Error.captureStackTrace(this, e ?? this.constructor);
  }
  get name() {
    return "ZlibError";
  }
};
var Pi = /* @__PURE__ */ Symbol("flushFlag");
var re = class extends A {
  #t = false;
  #i = false;
  #s;
  #n;
  #r;
  #e;
  #o;
  get sawError() {
    return this.#t;
  }
  get handle() {
    return this.#e;
  }
  get flushFlag() {
    return this.#s;
  }
  constructor(t, e) {
    if (!t || typeof t != "object") throw new TypeError("invalid options for ZlibBase constructor");
    if (super(t), this.#s = t.flush ?? 0, this.#n = t.finishFlush ?? 0, this.#r = t.fullFlushFlag ?? 0, typeof Ps[e] != "function") throw new TypeError("Compression method not supported: " + e);
    try {
      this.#e = new Ps[e](t);
    } catch (i) {
      throw new Gt(i, this.constructor);
    }
    this.#o = (i) => {
      this.#t || (this.#t = true, this.close(), this.emit("error", i));
    }, this.#e?.on("error", (i) => this.#o(new Gt(i))), this.once("end", () => this.close);
  }
  close() {
    this.#e && (this.#e.close(), this.#e = void 0, this.emit("close"));
  }
  reset() {
    if (!this.#t) return zi(this.#e, "zlib binding closed"), this.#e.reset?.();
  }
  flush(t) {
    this.ended || (typeof t != "number" && (t = this.#r), this.write(Object.assign(Ot.alloc(0), { [Pi]: t })));
  }
  end(t, e, i) {
    return typeof t == "function" && (i = t, e = void 0, t = void 0), typeof e == "function" && (i = e, e = void 0), t && (e ? this.write(t, e) : this.write(t)), this.flush(this.#n), this.#i = true, super.end(i);
  }
  get ended() {
    return this.#i;
  }
  [Tt](t) {
    return super.write(t);
  }
  write(t, e, i) {
    if (typeof e == "function" && (i = e, e = "utf8"), typeof t == "string" && (t = Ot.from(t, e)), this.#t) return;
    zi(this.#e, "zlib binding closed");
    let r = this.#e._handle, n = r.close;
    r.close = () => {
    };
    let o = this.#e.close;
    this.#e.close = () => {
    }, Bi(true);
    let h;
    try {
      let l = typeof t[Pi] == "number" ? t[Pi] : this.#s;
      h = this.#e._processChunk(t, l), Bi(false);
    } catch (l) {
      Bi(false), this.#o(new Gt(l, this.write));
    } finally {
      this.#e && (this.#e._handle = r, r.close = n, this.#e.close = o, this.#e.removeAllListeners("error"));
    }
    this.#e && this.#e.on("error", (l) => this.#o(new Gt(l, this.write)));
    let a;
    if (h) if (Array.isArray(h) && h.length > 0) {
      let l = h[0];
      a = this[Tt](Ot.from(l));
      for (let c = 1; c < h.length; c++) a = this[Tt](h[c]);
    } else a = this[Tt](Ot.from(h));
    return i && i(), a;
  }
};
var Pe = class extends re {
  #t;
  #i;
  constructor(t, e) {
    t = t || {}, t.flush = t.flush || M.Z_NO_FLUSH, t.finishFlush = t.finishFlush || M.Z_FINISH, t.fullFlushFlag = M.Z_FULL_FLUSH, super(t, e), this.#t = t.level, this.#i = t.strategy;
  }
  params(t, e) {
    if (!this.sawError) {
      if (!this.handle) throw new Error("cannot switch params when binding is closed");
      if (!this.handle.params) throw new Error("not supported in this implementation");
      if (this.#t !== t || this.#i !== e) {
        this.flush(M.Z_SYNC_FLUSH), zi(this.handle, "zlib binding closed");
        let i = this.handle.flush;
        this.handle.flush = (r, n) => {
          typeof r == "function" && (n = r, r = this.flushFlag), this.flush(r), n?.();
        };
        try {
          this.handle.params(t, e);
        } finally {
          this.handle.flush = i;
        }
        this.handle && (this.#t = t, this.#i = e);
      }
    }
  }
};
var ze = class extends Pe {
  #t;
  constructor(t) {
    super(t, "Gzip"), this.#t = t && !!t.portable;
  }
  [Tt](t) {
    return this.#t ? (this.#t = false, t[9] = 255, super[Tt](t)) : super[Tt](t);
  }
};
var Ue = class extends Pe {
  constructor(t) {
    super(t, "Unzip");
  }
};
var He = class extends re {
  constructor(t, e) {
    t = t || {}, t.flush = t.flush || M.BROTLI_OPERATION_PROCESS, t.finishFlush = t.finishFlush || M.BROTLI_OPERATION_FINISH, t.fullFlushFlag = M.BROTLI_OPERATION_FLUSH, super(t, e);
  }
};
var We = class extends He {
  constructor(t) {
    super(t, "BrotliCompress");
  }
};
var Ge = class extends He {
  constructor(t) {
    super(t, "BrotliDecompress");
  }
};
var Ze = class extends re {
  constructor(t, e) {
    t = t || {}, t.flush = t.flush || M.ZSTD_e_continue, t.finishFlush = t.finishFlush || M.ZSTD_e_end, t.fullFlushFlag = M.ZSTD_e_flush, super(t, e);
  }
};
var Ye = class extends Ze {
  constructor(t) {
    super(t, "ZstdCompress");
  }
};
var Ke = class extends Ze {
  constructor(t) {
    super(t, "ZstdDecompress");
  }
};
var Us = (s3, t) => {
  if (Number.isSafeInteger(s3)) s3 < 0 ? an(s3, t) : hn(s3, t);
  else throw Error("cannot encode number outside of javascript safe integer range");
  return t;
};
var hn = (s3, t) => {
  t[0] = 128;
  for (var e = t.length; e > 1; e--) t[e - 1] = s3 & 255, s3 = Math.floor(s3 / 256);
};
var an = (s3, t) => {
  t[0] = 255;
  var e = false;
  s3 = s3 * -1;
  for (var i = t.length; i > 1; i--) {
    var r = s3 & 255;
    s3 = Math.floor(s3 / 256), e ? t[i - 1] = Ws(r) : r === 0 ? t[i - 1] = 0 : (e = true, t[i - 1] = Gs(r));
  }
};
var Hs = (s3) => {
  let t = s3[0], e = t === 128 ? cn(s3.subarray(1, s3.length)) : t === 255 ? ln(s3) : null;
  if (e === null) throw Error("invalid base256 encoding");
  if (!Number.isSafeInteger(e)) throw Error("parsed number outside of javascript safe integer range");
  return e;
};
var ln = (s3) => {
  for (var t = s3.length, e = 0, i = false, r = t - 1; r > -1; r--) {
    var n = Number(s3[r]), o;
    i ? o = Ws(n) : n === 0 ? o = n : (i = true, o = Gs(n)), o !== 0 && (e -= o * Math.pow(256, t - r - 1));
  }
  return e;
};
var cn = (s3) => {
  for (var t = s3.length, e = 0, i = t - 1; i > -1; i--) {
    var r = Number(s3[i]);
    r !== 0 && (e += r * Math.pow(256, t - i - 1));
  }
  return e;
};
var Ws = (s3) => (255 ^ s3) & 255;
var Gs = (s3) => (255 ^ s3) + 1 & 255;
var Hi = {};
Ur(Hi, { code: () => Ve, isCode: () => ne, isName: () => dn, name: () => oe, normalFsTypes: () => Ui });
var ne = (s3) => oe.has(s3);
var dn = (s3) => Ve.has(s3);
var Ui = /* @__PURE__ */ new Set(["0", "", "1", "2", "3", "4", "5", "6", "7", "D"]);
var oe = /* @__PURE__ */ new Map([["0", "File"], ["", "OldFile"], ["1", "Link"], ["2", "SymbolicLink"], ["3", "CharacterDevice"], ["4", "BlockDevice"], ["5", "Directory"], ["6", "FIFO"], ["7", "ContiguousFile"], ["g", "GlobalExtendedHeader"], ["x", "ExtendedHeader"], ["A", "SolarisACL"], ["D", "GNUDumpDir"], ["I", "Inode"], ["K", "NextFileHasLongLinkpath"], ["L", "NextFileHasLongPath"], ["M", "ContinuationFile"], ["N", "OldGnuLongPath"], ["S", "SparseFile"], ["V", "TapeVolumeHeader"], ["X", "OldExtendedHeader"]]);
var Ve = new Map(Array.from(oe).map((s3) => [s3[1], s3[0]]));
var un = (s3) => s3 === void 0 || s3 < 0 ? void 0 : s3;
var F = class {
  cksumValid = false;
  needPax = false;
  nullBlock = false;
  block;
  path;
  mode;
  uid;
  gid;
  size;
  cksum;
  #t = "Unsupported";
  linkpath;
  uname;
  gname;
  devmaj = 0;
  devmin = 0;
  atime;
  ctime;
  mtime;
  charset;
  comment;
  constructor(t, e = 0, i, r) {
    Buffer.isBuffer(t) ? this.decode(t, e || 0, i, r) : t && this.#i(t);
  }
  decode(t, e, i, r) {
    if (e || (e = 0), !t || !(t.length >= e + 512)) throw new Error("need 512 bytes for header");
    let n = xt(t, e + 156, 1), o = Ui.has(n), h = o ? i : void 0, a = o ? r : void 0;
    if (this.path = h?.path ?? xt(t, e, 100), this.mode = h?.mode ?? a?.mode ?? lt(t, e + 100, 8), this.uid = h?.uid ?? a?.uid ?? lt(t, e + 108, 8), this.gid = h?.gid ?? a?.gid ?? lt(t, e + 116, 8), this.size = un(h?.size ?? a?.size ?? lt(t, e + 124, 12)), this.mtime = h?.mtime ?? a?.mtime ?? Wi(t, e + 136, 12), this.cksum = lt(t, e + 148, 12), a && this.#i(a, true), h && this.#i(h), ne(n) && (this.#t = n || "0"), this.#t === "0" && this.path.slice(-1) === "/" && (this.#t = "5"), this.#t === "5" && (this.size = 0), this.linkpath = xt(t, e + 157, 100), t.subarray(e + 257, e + 265).toString() === "ustar\x0000") if (this.uname = h?.uname ?? a?.uname ?? xt(t, e + 265, 32), this.gname = h?.gname ?? a?.gname ?? xt(t, e + 297, 32), this.devmaj = h?.devmaj ?? a?.devmaj ?? lt(t, e + 329, 8) ?? 0, this.devmin = h?.devmin ?? a?.devmin ?? lt(t, e + 337, 8) ?? 0, t[e + 475] !== 0) {
      let c = xt(t, e + 345, 155);
      this.path = c + "/" + this.path;
    } else {
      let c = xt(t, e + 345, 130);
      c && (this.path = c + "/" + this.path), this.atime = i?.atime ?? r?.atime ?? Wi(t, e + 476, 12), this.ctime = i?.ctime ?? r?.ctime ?? Wi(t, e + 488, 12);
    }
    let l = 256;
    for (let c = e; c < e + 148; c++) l += t[c];
    for (let c = e + 156; c < e + 512; c++) l += t[c];
    this.cksumValid = l === this.cksum, this.cksum === void 0 && l === 256 && (this.nullBlock = true);
  }
  #i(t, e = false) {
    Object.assign(this, Object.fromEntries(Object.entries(t).filter(([i, r]) => !(r == null || i === "size" && Number(r) < 0 || i === "path" && e || i === "linkpath" && e || i === "global"))));
  }
  encode(t, e = 0) {
    if (t || (t = this.block = Buffer.alloc(512)), this.#t === "Unsupported" && (this.#t = "0"), !(t.length >= e + 512)) throw new Error("need 512 bytes for header");
    let i = this.ctime || this.atime ? 130 : 155, r = mn(this.path || "", i), n = r[0], o = r[1];
    this.needPax = !!r[2], this.needPax = Lt(t, e, 100, n) || this.needPax, this.needPax = ct(t, e + 100, 8, this.mode) || this.needPax, this.needPax = ct(t, e + 108, 8, this.uid) || this.needPax, this.needPax = ct(t, e + 116, 8, this.gid) || this.needPax, this.needPax = ct(t, e + 124, 12, this.size) || this.needPax, this.needPax = Gi(t, e + 136, 12, this.mtime) || this.needPax, t[e + 156] = Number(this.#t.codePointAt(0)), this.needPax = Lt(t, e + 157, 100, this.linkpath) || this.needPax, t.write("ustar\x0000", e + 257, 8), this.needPax = Lt(t, e + 265, 32, this.uname) || this.needPax, this.needPax = Lt(t, e + 297, 32, this.gname) || this.needPax, this.needPax = ct(t, e + 329, 8, this.devmaj) || this.needPax, this.needPax = ct(t, e + 337, 8, this.devmin) || this.needPax, this.needPax = Lt(t, e + 345, i, o) || this.needPax, t[e + 475] !== 0 ? this.needPax = Lt(t, e + 345, 155, o) || this.needPax : (this.needPax = Lt(t, e + 345, 130, o) || this.needPax, this.needPax = Gi(t, e + 476, 12, this.atime) || this.needPax, this.needPax = Gi(t, e + 488, 12, this.ctime) || this.needPax);
    let h = 256;
    for (let a = e; a < e + 148; a++) h += t[a];
    for (let a = e + 156; a < e + 512; a++) h += t[a];
    return this.cksum = h, ct(t, e + 148, 8, this.cksum), this.cksumValid = true, this.needPax;
  }
  get type() {
    return this.#t === "Unsupported" ? this.#t : oe.get(this.#t);
  }
  get typeKey() {
    return this.#t;
  }
  set type(t) {
    let e = String(Ve.get(t));
    if (ne(e) || e === "Unsupported") this.#t = e;
    else if (ne(t)) this.#t = t;
    else throw new TypeError("invalid entry type: " + t);
  }
};
var mn = (s3, t) => {
  let i = s3, r = "", n, o = Zt.parse(s3).root || ".";
  if (Buffer.byteLength(i) < 100) n = [i, r, false];
  else {
    r = Zt.dirname(i), i = Zt.basename(i);
    do
      Buffer.byteLength(i) <= 100 && Buffer.byteLength(r) <= t ? n = [i, r, false] : Buffer.byteLength(i) > 100 && Buffer.byteLength(r) <= t ? n = [i.slice(0, 99), r, true] : (i = Zt.join(Zt.basename(r), i), r = Zt.dirname(r));
    while (r !== o && n === void 0);
    n || (n = [s3.slice(0, 99), "", true]);
  }
  return n;
};
var xt = (s3, t, e) => s3.subarray(t, t + e).toString("utf8").replace(/\0.*/, "");
var Wi = (s3, t, e) => pn(lt(s3, t, e));
var pn = (s3) => s3 === void 0 ? void 0 : new Date(s3 * 1e3);
var lt = (s3, t, e) => Number(s3[t]) & 128 ? Hs(s3.subarray(t, t + e)) : wn(s3, t, e);
var En = (s3) => isNaN(s3) ? void 0 : s3;
var wn = (s3, t, e) => En(parseInt(s3.subarray(t, t + e).toString("utf8").replace(/\0.*$/, "").trim(), 8));
var Sn = { 12: 8589934591, 8: 2097151 };
var ct = (s3, t, e, i) => i === void 0 ? false : i > Sn[e] || i < 0 ? (Us(i, s3.subarray(t, t + e)), true) : (yn(s3, t, e, i), false);
var yn = (s3, t, e, i) => s3.write(Rn(i, e), t, e, "ascii");
var Rn = (s3, t) => gn(Math.floor(s3).toString(8), t);
var gn = (s3, t) => (s3.length === t - 1 ? s3 : new Array(t - s3.length - 1).join("0") + s3 + " ") + "\0";
var Gi = (s3, t, e, i) => i === void 0 ? false : ct(s3, t, e, i.getTime() / 1e3);
var bn = new Array(156).join("\0");
var Lt = (s3, t, e, i) => i === void 0 ? false : (s3.write(i + bn, t, e, "utf8"), i.length !== Buffer.byteLength(i) || i.length > e);
var ft = class s {
  atime;
  mtime;
  ctime;
  charset;
  comment;
  gid;
  uid;
  gname;
  uname;
  linkpath;
  dev;
  ino;
  nlink;
  path;
  size;
  mode;
  global;
  constructor(t, e = false) {
    this.atime = t.atime, this.charset = t.charset, this.comment = t.comment, this.ctime = t.ctime, this.dev = t.dev, this.gid = t.gid, this.global = e, this.gname = t.gname, this.ino = t.ino, this.linkpath = t.linkpath, this.mtime = t.mtime, this.nlink = t.nlink, this.path = t.path, this.size = t.size, this.uid = t.uid, this.uname = t.uname;
  }
  encode() {
    let t = this.encodeBody();
    if (t === "") return Buffer.allocUnsafe(0);
    let e = Buffer.byteLength(t), i = 512 * Math.ceil(1 + e / 512), r = Buffer.allocUnsafe(i);
    for (let n = 0; n < 512; n++) r[n] = 0;
    new F({ path: ("PaxHeader/" + _n(this.path ?? "")).slice(0, 99), mode: this.mode || 420, uid: this.uid, gid: this.gid, size: e, mtime: this.mtime, type: this.global ? "GlobalExtendedHeader" : "ExtendedHeader", linkpath: "", uname: this.uname || "", gname: this.gname || "", devmaj: 0, devmin: 0, atime: this.atime, ctime: this.ctime }).encode(r), r.write(t, 512, e, "utf8");
    for (let n = e + 512; n < r.length; n++) r[n] = 0;
    return r;
  }
  encodeBody() {
    return this.encodeField("path") + this.encodeField("ctime") + this.encodeField("atime") + this.encodeField("dev") + this.encodeField("ino") + this.encodeField("nlink") + this.encodeField("charset") + this.encodeField("comment") + this.encodeField("gid") + this.encodeField("gname") + this.encodeField("linkpath") + this.encodeField("mtime") + this.encodeField("size") + this.encodeField("uid") + this.encodeField("uname");
  }
  encodeField(t) {
    if (this[t] === void 0) return "";
    let e = this[t], i = e instanceof Date ? e.getTime() / 1e3 : e, r = " " + (t === "dev" || t === "ino" || t === "nlink" ? "SCHILY." : "") + t + "=" + i + `
`, n = Buffer.byteLength(r), o = Math.floor(Math.log(n) / Math.log(10)) + 1;
    return n + o >= Math.pow(10, o) && (o += 1), o + n + r;
  }
  static parse(t, e, i = false) {
    return new s(On(Tn(t), e), i);
  }
};
var On = (s3, t) => t ? Object.assign({}, t, s3) : s3;
var Tn = (s3) => s3.replace(/\n$/, "").split(`
`).reduce(xn, /* @__PURE__ */ Object.create(null));
var xn = (s3, t) => {
  let e = parseInt(t, 10);
  if (e !== Buffer.byteLength(t) + 1) return s3;
  t = t.slice((e + " ").length);
  let i = t.split("="), r = i.shift();
  if (!r) return s3;
  let n = r.replace(/^SCHILY\.(dev|ino|nlink)/, "$1"), o = i.join("=").replace(/\0.*/, "");
  switch (n) {
    case "path":
    case "linkpath":
    case "type":
    case "charset":
    case "comment":
    case "gname":
    case "uname":
      s3[n] = o;
      break;
    case "ctime":
    case "atime":
    case "mtime":
      s3[n] = new Date(Number(o) * 1e3);
      break;
    case "size":
      let h = +o;
      h >= 0 && (s3[n] = h);
      break;
    case "gid":
    case "uid":
    case "dev":
    case "ino":
    case "nlink":
    case "mode":
      s3[n] = +o;
      break;
  }
  return s3;
};
var Ln = process.env.TESTING_TAR_FAKE_PLATFORM || process.platform;
var f = Ln !== "win32" ? (s3) => String(s3) : (s3) => String(s3).replaceAll(/\\/g, "/");
var $e = class extends A {
  extended;
  globalExtended;
  header;
  startBlockSize;
  blockRemain;
  remain;
  type;
  meta = false;
  ignore = false;
  path;
  mode;
  uid;
  gid;
  uname;
  gname;
  size = 0;
  mtime;
  atime;
  ctime;
  linkpath;
  dev;
  ino;
  nlink;
  invalid = false;
  absolute;
  unsupported = false;
  constructor(t, e, i) {
    switch (super({}), this.pause(), this.extended = e, this.globalExtended = i, this.header = t, this.remain = t.size ?? 0, this.startBlockSize = 512 * Math.ceil(this.remain / 512), this.blockRemain = this.startBlockSize, this.type = t.type, this.type) {
      case "File":
      case "OldFile":
      case "Link":
      case "SymbolicLink":
      case "CharacterDevice":
      case "BlockDevice":
      case "Directory":
      case "FIFO":
      case "ContiguousFile":
      case "GNUDumpDir":
        break;
      case "NextFileHasLongLinkpath":
      case "NextFileHasLongPath":
      case "OldGnuLongPath":
      case "GlobalExtendedHeader":
      case "ExtendedHeader":
      case "OldExtendedHeader":
        this.meta = true;
        break;
      default:
        this.ignore = true;
    }
    if (!t.path) throw new Error("no path provided for tar.ReadEntry");
    this.path = f(t.path), this.mode = t.mode, this.mode && (this.mode = this.mode & 4095), this.uid = t.uid, this.gid = t.gid, this.uname = t.uname, this.gname = t.gname, this.size = this.remain, this.mtime = t.mtime, this.atime = t.atime, this.ctime = t.ctime, this.linkpath = t.linkpath ? f(t.linkpath) : void 0, this.uname = t.uname, this.gname = t.gname, e && this.#t(e), i && this.#t(i, true);
  }
  write(t) {
    let e = t.length;
    if (e > this.blockRemain) throw new Error("writing more to entry than is appropriate");
    let i = this.remain, r = this.blockRemain;
    return this.remain = Math.max(0, i - e), this.blockRemain = Math.max(0, r - e), this.ignore ? true : i >= e ? super.write(t) : super.write(t.subarray(0, i));
  }
  #t(t, e = false) {
    t.path && (t.path = f(t.path)), t.linkpath && (t.linkpath = f(t.linkpath)), Object.assign(this, Object.fromEntries(Object.entries(t).filter(([i, r]) => !(r == null || i === "path" && e))));
  }
};
var Dt = (s3, t, e, i = {}) => {
  s3.file && (i.file = s3.file), s3.cwd && (i.cwd = s3.cwd), i.code = e instanceof Error && e.code || t, i.tarCode = t, !s3.strict && i.recoverable !== false ? (e instanceof Error && (i = Object.assign(e, i), e = e.message), s3.emit("warn", t, e, i)) : e instanceof Error ? s3.emit("error", Object.assign(e, i)) : s3.emit("error", Object.assign(new Error(`${t}: ${e}`), i));
};
var Nn = 1024 * 1024;
var Xi = Buffer.from([31, 139]);
var qi = Buffer.from([40, 181, 47, 253]);
var An = Math.max(Xi.length, qi.length);
var B = /* @__PURE__ */ Symbol("state");
var Nt = /* @__PURE__ */ Symbol("writeEntry");
var it = /* @__PURE__ */ Symbol("readEntry");
var Zi = /* @__PURE__ */ Symbol("nextEntry");
var Zs = /* @__PURE__ */ Symbol("processEntry");
var V = /* @__PURE__ */ Symbol("extendedHeader");
var he = /* @__PURE__ */ Symbol("globalExtendedHeader");
var dt = /* @__PURE__ */ Symbol("meta");
var Ys = /* @__PURE__ */ Symbol("emitMeta");
var p = /* @__PURE__ */ Symbol("buffer");
var st = /* @__PURE__ */ Symbol("queue");
var ut = /* @__PURE__ */ Symbol("ended");
var Yi = /* @__PURE__ */ Symbol("emittedEnd");
var At = /* @__PURE__ */ Symbol("emit");
var w = /* @__PURE__ */ Symbol("unzip");
var Xe = /* @__PURE__ */ Symbol("consumeChunk");
var qe = /* @__PURE__ */ Symbol("consumeChunkSub");
var Ki = /* @__PURE__ */ Symbol("consumeBody");
var Ks = /* @__PURE__ */ Symbol("consumeMeta");
var Vs = /* @__PURE__ */ Symbol("consumeHeader");
var ae = /* @__PURE__ */ Symbol("consuming");
var Vi = /* @__PURE__ */ Symbol("bufferConcat");
var Qe = /* @__PURE__ */ Symbol("maybeEnd");
var Yt = /* @__PURE__ */ Symbol("writing");
var $ = /* @__PURE__ */ Symbol("aborted");
var Je = /* @__PURE__ */ Symbol("onDone");
var It = /* @__PURE__ */ Symbol("sawValidEntry");
var je = /* @__PURE__ */ Symbol("sawNullBlock");
var ti = /* @__PURE__ */ Symbol("sawEOF");
var $s = /* @__PURE__ */ Symbol("closeStream");
var In = 1e3;
var le = /* @__PURE__ */ Symbol("compressedBytesRead");
var $i = /* @__PURE__ */ Symbol("decompressedBytesRead");
var Xs = /* @__PURE__ */ Symbol("checkDecompressionRatio");
var Cn = () => true;
var rt = class extends Dn {
  file;
  strict;
  maxMetaEntrySize;
  filter;
  brotli;
  zstd;
  maxDecompressionRatio;
  writable = true;
  readable = false;
  [st] = [];
  [p];
  [it];
  [Nt];
  [B] = "begin";
  [dt] = "";
  [V];
  [he];
  [ut] = false;
  [w];
  [$] = false;
  [It];
  [je] = false;
  [ti] = false;
  [Yt] = false;
  [ae] = false;
  [Yi] = false;
  [le] = 0;
  [$i] = 0;
  constructor(t = {}) {
    super(), this.file = t.file || "", this.on(Je, () => {
      (this[B] === "begin" || this[It] === false) && this.warn("TAR_BAD_ARCHIVE", "Unrecognized archive format");
    }), t.ondone ? this.on(Je, t.ondone) : this.on(Je, () => {
      this.emit("prefinish"), this.emit("finish"), this.emit("end");
    }), this.strict = !!t.strict, this.maxDecompressionRatio = typeof t.maxDecompressionRatio == "number" ? t.maxDecompressionRatio : In, this.maxMetaEntrySize = t.maxMetaEntrySize || Nn, this.filter = typeof t.filter == "function" ? t.filter : Cn;
    let e = t.file && (t.file.endsWith(".tar.br") || t.file.endsWith(".tbr"));
    this.brotli = !(t.gzip || t.zstd) && t.brotli !== void 0 ? t.brotli : e ? void 0 : false;
    let i = t.file && (t.file.endsWith(".tar.zst") || t.file.endsWith(".tzst"));
    this.zstd = !(t.gzip || t.brotli) && t.zstd !== void 0 ? t.zstd : i ? true : void 0, this.on("end", () => this[$s]()), typeof t.onwarn == "function" && this.on("warn", t.onwarn), typeof t.onReadEntry == "function" && this.on("entry", t.onReadEntry);
  }
  warn(t, e, i = {}) {
    Dt(this, t, e, i);
  }
  [Vs](t, e) {
    this[It] === void 0 && (this[It] = false);
    let i;
    try {
      i = new F(t, e, this[V], this[he]);
    } catch (r) {
      return this.warn("TAR_ENTRY_INVALID", r);
    }
    if (i.nullBlock) this[je] ? (this[ti] = true, this[B] === "begin" && (this[B] = "header"), this[At]("eof")) : (this[je] = true, this[At]("nullBlock"));
    else if (this[je] = false, !i.cksumValid) this.warn("TAR_ENTRY_INVALID", "checksum failure", { header: i });
    else if (!i.path) this.warn("TAR_ENTRY_INVALID", "path is required", { header: i });
    else {
      let r = i.type;
      if (/^(Symbolic)?Link$/.test(r) && !i.linkpath) this.warn("TAR_ENTRY_INVALID", "linkpath required", { header: i });
      else if (!/^(Symbolic)?Link$/.test(r) && !/^(Global)?ExtendedHeader$/.test(r) && i.linkpath) this.warn("TAR_ENTRY_INVALID", "linkpath forbidden", { header: i });
      else {
        let n = this[Nt] = new $e(i, this[V], this[he]);
        if (!this[It]) if (n.remain) {
          let o = () => {
            n.invalid || (this[It] = true);
          };
          n.on("end", o);
        } else this[It] = true;
        n.meta ? n.size > this.maxMetaEntrySize ? (n.ignore = true, this[At]("ignoredEntry", n), this[B] = "ignore", n.resume()) : n.size > 0 && (this[dt] = "", n.on("data", (o) => this[dt] += o), this[B] = "meta") : (this[V] = void 0, n.ignore = n.ignore || !this.filter(n.path, n), n.ignore ? (this[At]("ignoredEntry", n), this[B] = n.remain ? "ignore" : "header", n.resume()) : (n.remain ? this[B] = "body" : (this[B] = "header", n.end()), this[it] ? this[st].push(n) : (this[st].push(n), this[Zi]())));
      }
    }
  }
  [$s]() {
    queueMicrotask(() => this.emit("close"));
  }
  [Zs](t) {
    let e = true;
    if (!t) this[it] = void 0, e = false;
    else if (Array.isArray(t)) {
      let [i, ...r] = t;
      this.emit(i, ...r);
    } else this[it] = t, this.emit("entry", t), t.emittedEnd || (t.on("end", () => this[Zi]()), e = false);
    return e;
  }
  [Zi]() {
    do
      ;
    while (this[Zs](this[st].shift()));
    if (this[st].length === 0) {
      let t = this[it];
      !t || t.flowing || t.size === t.remain ? this[Yt] || this.emit("drain") : t.once("drain", () => this.emit("drain"));
    }
  }
  [Ki](t, e) {
    let i = this[Nt];
    if (!i) throw new Error("attempt to consume body without entry??");
    let r = i.blockRemain ?? 0, n = r >= t.length && e === 0 ? t : t.subarray(e, e + r);
    return i.write(n), i.blockRemain || (this[B] = "header", this[Nt] = void 0, i.end()), n.length;
  }
  [Ks](t, e) {
    let i = this[Nt], r = this[Ki](t, e);
    return !this[Nt] && i && this[Ys](i), r;
  }
  [At](t, e, i) {
    this[st].length === 0 && !this[it] ? this.emit(t, e, i) : this[st].push([t, e, i]);
  }
  [Ys](t) {
    switch (this[At]("meta", this[dt]), t.type) {
      case "ExtendedHeader":
      case "OldExtendedHeader":
        this[V] = ft.parse(this[dt], this[V], false);
        break;
      case "GlobalExtendedHeader":
        this[he] = ft.parse(this[dt], this[he], true);
        break;
      case "NextFileHasLongPath":
      case "OldGnuLongPath": {
        let e = this[V] ?? /* @__PURE__ */ Object.create(null);
        this[V] = e, e.path = this[dt].replace(/\0.*/, "");
        break;
      }
      case "NextFileHasLongLinkpath": {
        let e = this[V] || /* @__PURE__ */ Object.create(null);
        this[V] = e, e.linkpath = this[dt].replace(/\0.*/, "");
        break;
      }
      default:
        throw new Error("unknown meta: " + t.type);
    }
  }
  abort(t) {
    if (!this[$]) {
      if (this[w]) {
        let e = this[w];
        e.write = () => true, e.end = () => e, e.emit = () => false, e.destroy?.();
      }
      this[$] = true, this.emit("abort", t), this.warn("TAR_ABORT", t, { recoverable: false });
    }
  }
  [Xs](t) {
    this[$i] += t.length;
    let e = this[$i] / this[le];
    return e > this.maxDecompressionRatio ? (this.abort(new Error(`max decompression ratio exceeded: ${e.toFixed(2)} > ${this.maxDecompressionRatio}`)), false) : true;
  }
  write(t, e, i) {
    if (typeof e == "function" && (i = e, e = void 0), typeof t == "string" && (t = Buffer.from(t, typeof e == "string" ? e : "utf8")), this[$]) return i?.(), false;
    if ((this[w] === void 0 || this.brotli === void 0 && this[w] === false) && t) {
      if (this[p] && (t = Buffer.concat([this[p], t]), this[p] = void 0), t.length < An) return this[p] = t, i?.(), true;
      for (let a = 0; this[w] === void 0 && a < Xi.length; a++) t[a] !== Xi[a] && (this[w] = false);
      let o = false;
      if (this[w] === false && this.zstd !== false) {
        o = true;
        for (let a = 0; a < qi.length; a++) if (t[a] !== qi[a]) {
          o = false;
          break;
        }
      }
      let h = this.brotli === void 0 && !o;
      if (this[w] === false && h) if (t.length < 512) if (this[ut]) this.brotli = true;
      else return this[p] = t, i?.(), true;
      else try {
        new F(t.subarray(0, 512)), this.brotli = false;
      } catch {
        this.brotli = true;
      }
      if (this[w] === void 0 || this[w] === false && (this.brotli || o)) {
        let a = this[ut];
        this[ut] = false, this[w] = this[w] === void 0 ? new Ue({}) : o ? new Ke({}) : new Ge({}), this[w].on("data", (c) => {
          this[Xs](c) && this[Xe](c);
        }), this[w].on("error", (c) => {
          this[$] || this.abort(c);
        }), this[w].on("end", () => {
          this[ut] = true, this[Xe]();
        }), this[Yt] = true, this[le] += t.length;
        let l = !!this[w][a ? "end" : "write"](t);
        return this[Yt] = false, i?.(), l;
      }
    }
    this[Yt] = true, this[w] ? (this[le] += t.length, this[w].write(t)) : this[Xe](t), this[Yt] = false;
    let n = this[st].length > 0 ? false : this[it] ? this[it].flowing : true;
    return !n && this[st].length === 0 && this[it]?.once("drain", () => this.emit("drain")), i?.(), n;
  }
  [Vi](t) {
    t && !this[$] && (this[p] = this[p] ? Buffer.concat([this[p], t]) : t);
  }
  [Qe]() {
    if (this[ut] && !this[Yi] && !this[$] && !this[ae]) {
      this[Yi] = true;
      let t = this[Nt];
      if (t?.blockRemain) {
        let e = this[p] ? this[p].length : 0;
        this.warn("TAR_BAD_ARCHIVE", `Truncated input (needed ${t.blockRemain} more bytes, only ${e} available)`, { entry: t }), this[p] && t.write(this[p]), t.end();
      }
      this[At](Je);
    }
  }
  [Xe](t) {
    if (this[ae] && t) this[Vi](t);
    else if (!t && !this[p]) this[Qe]();
    else if (t) {
      if (this[ae] = true, this[p]) {
        this[Vi](t);
        let e = this[p];
        this[p] = void 0, this[qe](e);
      } else this[qe](t);
      for (; this[p] && this[p]?.length >= 512 && !this[$] && !this[ti]; ) {
        let e = this[p];
        this[p] = void 0, this[qe](e);
      }
      this[ae] = false;
    }
    (!this[p] || this[ut]) && this[Qe]();
  }
  [qe](t) {
    let e = 0, i = t.length;
    for (; e + 512 <= i && !this[$] && !this[ti]; ) switch (this[B]) {
      case "begin":
      case "header":
        this[Vs](t, e), e += 512;
        break;
      case "ignore":
      case "body":
        e += this[Ki](t, e);
        break;
      case "meta":
        e += this[Ks](t, e);
        break;
      default:
        throw new Error("invalid state: " + this[B]);
    }
    e < i && (this[p] = this[p] ? Buffer.concat([t.subarray(e), this[p]]) : t.subarray(e));
  }
  end(t, e, i) {
    return typeof t == "function" && (i = t, e = void 0, t = void 0), typeof e == "function" && (i = e, e = void 0), typeof t == "string" && (t = Buffer.from(t, e)), i && this.once("finish", i), this[$] || (this[w] ? (t && (this[le] += t.length, this[w].write(t)), this[w].end()) : (this[ut] = true, (this.brotli === void 0 || this.zstd === void 0) && (t = t || Buffer.alloc(0)), t && this.write(t), this[Qe]())), this;
  }
};
var mt = (s3) => {
  let t = s3.length - 1, e = -1;
  for (; t > -1 && s3.charAt(t) === "/"; ) e = t, t--;
  return e === -1 ? s3 : s3.slice(0, e);
};
var vn = (s3) => {
  let t = s3.onReadEntry;
  s3.onReadEntry = t ? (e) => {
    t(e), e.resume();
  } : (e) => e.resume();
};
var Qi = (s3, t) => {
  let e = new Map(t.map((o) => [mt(o), true])), i = s3.filter, r = 100, n = (o, h = "", a = 0) => {
    if (a >= r) return e.set(o, false), false;
    let l = h || kn(o).root || ".", c;
    if (o === l) c = false;
    else {
      let d = e.get(o);
      c = d !== void 0 ? d : n(Fn(o), l, a + 1);
    }
    return e.set(o, c), c;
  };
  s3.filter = i ? (o, h) => i(o, h) && n(mt(o)) : (o) => n(mt(o));
};
var Mn = (s3) => {
  let t = new rt(s3), e = s3.file, i;
  try {
    i = Kt.openSync(e, "r");
    let r = Kt.fstatSync(i), n = s3.maxReadSize || 16 * 1024 * 1024;
    if (r.size < n) {
      let o = Buffer.allocUnsafe(r.size), h = Kt.readSync(i, o, 0, r.size, 0);
      t.end(h === o.byteLength ? o : o.subarray(0, h));
    } else {
      let o = 0, h = Buffer.allocUnsafe(n);
      for (; o < r.size; ) {
        let a = Kt.readSync(i, h, 0, n, o);
        if (a === 0) break;
        o += a, t.write(h.subarray(0, a));
      }
      t.end();
    }
  } finally {
    if (typeof i == "number") try {
      Kt.closeSync(i);
    } catch {
    }
  }
};
var Bn = (s3, t) => {
  let e = new rt(s3), i = s3.maxReadSize || 16 * 1024 * 1024, r = s3.file;
  return new Promise((o, h) => {
    e.on("error", h), e.on("end", o), Kt.stat(r, (a, l) => {
      if (a) h(a);
      else {
        let c = new _t(r, { readSize: i, size: l.size });
        c.on("error", h), c.pipe(e);
      }
    });
  });
};
var Ct = K(Mn, Bn, (s3) => new rt(s3), (s3) => new rt(s3), (s3, t) => {
  t?.length && Qi(s3, t), s3.noResume || vn(s3);
});
var Ji = (s3, t, e) => (s3 &= 4095, e && (s3 = (s3 | 384) & -19), t && (s3 & 256 && (s3 |= 64), s3 & 32 && (s3 |= 8), s3 & 4 && (s3 |= 1)), s3);
var { isAbsolute: zn, parse: qs } = Pn;
var ce = (s3) => {
  let t = "", e = qs(s3);
  for (; zn(s3) || e.root; ) {
    let i = s3.charAt(0) === "/" && s3.slice(0, 4) !== "//?/" ? "/" : e.root;
    s3 = s3.slice(i.length), t += i, e = qs(s3);
  }
  return [t, s3];
};
var ei = ["|", "<", ">", "?", ":"];
var ji = ei.map((s3) => String.fromCodePoint(61440 + Number(s3.codePointAt(0))));
var Un = new Map(ei.map((s3, t) => [s3, ji[t]]));
var Hn = new Map(ji.map((s3, t) => [s3, ei[t]]));
var ts = (s3) => ei.reduce((t, e) => t.split(e).join(Un.get(e)), s3);
var Qs = (s3) => ji.reduce((t, e) => t.split(e).join(Hn.get(e)), s3);
var rr = (s3, t) => t ? (s3 = f(s3).replace(/^\.(\/|$)/, ""), mt(t) + "/" + s3) : f(s3);
var Wn = 16 * 1024 * 1024;
var tr = /* @__PURE__ */ Symbol("process");
var er = /* @__PURE__ */ Symbol("file");
var ir = /* @__PURE__ */ Symbol("directory");
var is = /* @__PURE__ */ Symbol("symlink");
var sr = /* @__PURE__ */ Symbol("hardlink");
var fe = /* @__PURE__ */ Symbol("header");
var ii = /* @__PURE__ */ Symbol("read");
var ss = /* @__PURE__ */ Symbol("lstat");
var si = /* @__PURE__ */ Symbol("onlstat");
var rs = /* @__PURE__ */ Symbol("onread");
var ns = /* @__PURE__ */ Symbol("onreadlink");
var os = /* @__PURE__ */ Symbol("openfile");
var hs = /* @__PURE__ */ Symbol("onopenfile");
var pt = /* @__PURE__ */ Symbol("close");
var ri = /* @__PURE__ */ Symbol("mode");
var as = /* @__PURE__ */ Symbol("awaitDrain");
var es = /* @__PURE__ */ Symbol("ondrain");
var q = /* @__PURE__ */ Symbol("prefix");
var de = class extends A {
  path;
  portable;
  myuid = process.getuid && process.getuid() || 0;
  myuser = process.env.USER || "";
  maxReadSize;
  linkCache;
  statCache;
  preservePaths;
  cwd;
  strict;
  mtime;
  noPax;
  noMtime;
  prefix;
  fd;
  blockLen = 0;
  blockRemain = 0;
  buf;
  pos = 0;
  remain = 0;
  length = 0;
  offset = 0;
  win32;
  absolute;
  header;
  type;
  linkpath;
  stat;
  onWriteEntry;
  #t = false;
  constructor(t, e = {}) {
    let i = se(e);
    super(), this.path = f(t), this.portable = !!i.portable, this.maxReadSize = i.maxReadSize || Wn, this.linkCache = i.linkCache || /* @__PURE__ */ new Map(), this.statCache = i.statCache || /* @__PURE__ */ new Map(), this.preservePaths = !!i.preservePaths, this.cwd = f(i.cwd || process.cwd()), this.strict = !!i.strict, this.noPax = !!i.noPax, this.noMtime = !!i.noMtime, this.mtime = i.mtime, this.prefix = i.prefix ? f(i.prefix) : void 0, this.onWriteEntry = i.onWriteEntry, typeof i.onwarn == "function" && this.on("warn", i.onwarn);
    let r = false;
    if (!this.preservePaths) {
      let [o, h] = ce(this.path);
      o && typeof h == "string" && (this.path = h, r = o);
    }
    this.win32 = !!i.win32 || process.platform === "win32", this.win32 && (this.path = Qs(this.path.replaceAll(/\\/g, "/")), t = t.replaceAll(/\\/g, "/")), this.absolute = f(i.absolute || js.resolve(this.cwd, t)), this.path === "" && (this.path = "./"), r && this.warn("TAR_ENTRY_INFO", `stripping ${r} from absolute path`, { entry: this, path: r + this.path });
    let n = this.statCache.get(this.absolute);
    n ? this[si](n) : this[ss]();
  }
  warn(t, e, i = {}) {
    return Dt(this, t, e, i);
  }
  emit(t, ...e) {
    return t === "error" && (this.#t = true), super.emit(t, ...e);
  }
  [ss]() {
    X.lstat(this.absolute, (t, e) => {
      if (t) return this.emit("error", t);
      this[si](e);
    });
  }
  [si](t) {
    this.statCache.set(this.absolute, t), this.stat = t, t.isFile() || (t.size = 0), this.type = Gn(t), this.emit("stat", t), this[tr]();
  }
  [tr]() {
    switch (this.type) {
      case "File":
        return this[er]();
      case "Directory":
        return this[ir]();
      case "SymbolicLink":
        return this[is]();
      default:
        return this.end();
    }
  }
  [ri](t) {
    return Ji(t, this.type === "Directory", this.portable);
  }
  [q](t) {
    return rr(t, this.prefix);
  }
  [fe]() {
    if (!this.stat) throw new Error("cannot write header before stat");
    this.type === "Directory" && this.portable && (this.noMtime = true), this.onWriteEntry?.(this), this.header = new F({ path: this[q](this.path), linkpath: this.type === "Link" && this.linkpath !== void 0 ? this[q](this.linkpath) : this.linkpath, mode: this[ri](this.stat.mode), uid: this.portable ? void 0 : this.stat.uid, gid: this.portable ? void 0 : this.stat.gid, size: this.stat.size, mtime: this.noMtime ? void 0 : this.mtime || this.stat.mtime, type: this.type === "Unsupported" ? void 0 : this.type, uname: this.portable ? void 0 : this.stat.uid === this.myuid ? this.myuser : "", atime: this.portable ? void 0 : this.stat.atime, ctime: this.portable ? void 0 : this.stat.ctime }), this.header.encode() && !this.noPax && super.write(new ft({ atime: this.portable ? void 0 : this.header.atime, ctime: this.portable ? void 0 : this.header.ctime, gid: this.portable ? void 0 : this.header.gid, mtime: this.noMtime ? void 0 : this.mtime || this.header.mtime, path: this[q](this.path), linkpath: this.type === "Link" && this.linkpath !== void 0 ? this[q](this.linkpath) : this.linkpath, size: this.header.size, uid: this.portable ? void 0 : this.header.uid, uname: this.portable ? void 0 : this.header.uname, dev: this.portable ? void 0 : this.stat.dev, ino: this.portable ? void 0 : this.stat.ino, nlink: this.portable ? void 0 : this.stat.nlink }).encode());
    let t = this.header?.block;
    if (!t) throw new Error("failed to encode header");
    super.write(t);
  }
  [ir]() {
    if (!this.stat) throw new Error("cannot create directory entry without stat");
    this.path.slice(-1) !== "/" && (this.path += "/"), this.stat.size = 0, this[fe](), this.end();
  }
  [is]() {
    X.readlink(this.absolute, (t, e) => {
      if (t) return this.emit("error", t);
      this[ns](e);
    });
  }
  [ns](t) {
    this.linkpath = f(t), this[fe](), this.end();
  }
  [sr](t) {
    if (!this.stat) throw new Error("cannot create link entry without stat");
    this.type = "Link", this.linkpath = f(js.relative(this.cwd, t)), this.stat.size = 0, this[fe](), this.end();
  }
  [er]() {
    if (!this.stat) throw new Error("cannot create file entry without stat");
    if (this.stat.nlink > 1) {
      let t = `${this.stat.dev}:${this.stat.ino}`, e = this.linkCache.get(t);
      if (e?.indexOf(this.cwd) === 0) return this[sr](e);
      this.linkCache.set(t, this.absolute);
    }
    if (this[fe](), this.stat.size === 0) return this.end();
    this[os]();
  }
  [os]() {
    X.open(this.absolute, "r", (t, e) => {
      if (t) return this.emit("error", t);
      this[hs](e);
    });
  }
  [hs](t) {
    if (this.fd = t, this.#t) return this[pt]();
    if (!this.stat) throw new Error("should stat before calling onopenfile");
    this.blockLen = 512 * Math.ceil(this.stat.size / 512), this.blockRemain = this.blockLen;
    let e = Math.min(this.blockLen, this.maxReadSize);
    this.buf = Buffer.allocUnsafe(e), this.offset = 0, this.pos = 0, this.remain = this.stat.size, this.length = this.buf.length, this[ii]();
  }
  [ii]() {
    let { fd: t, buf: e, offset: i, length: r, pos: n } = this;
    if (t === void 0 || e === void 0) throw new Error("cannot read file without first opening");
    X.read(t, e, i, r, n, (o, h) => {
      if (o) return this[pt](() => this.emit("error", o));
      this[rs](h);
    });
  }
  [pt](t = () => {
  }) {
    this.fd !== void 0 && X.close(this.fd, t);
  }
  [rs](t) {
    if (t <= 0 && this.remain > 0) {
      let r = Object.assign(new Error("encountered unexpected EOF"), { path: this.absolute, syscall: "read", code: "EOF" });
      return this[pt](() => this.emit("error", r));
    }
    if (t > this.remain) {
      let r = Object.assign(new Error("did not encounter expected EOF"), { path: this.absolute, syscall: "read", code: "EOF" });
      return this[pt](() => this.emit("error", r));
    }
    if (!this.buf) throw new Error("should have created buffer prior to reading");
    if (t === this.remain) for (let r = t; r < this.length && t < this.blockRemain; r++) this.buf[r + this.offset] = 0, t++, this.remain++;
    let e = this.offset === 0 && t === this.buf.length ? this.buf : this.buf.subarray(this.offset, this.offset + t);
    this.write(e) ? this[es]() : this[as](() => this[es]());
  }
  [as](t) {
    this.once("drain", t);
  }
  write(t, e, i) {
    if (typeof e == "function" && (i = e, e = void 0), typeof t == "string" && (t = Buffer.from(t, typeof e == "string" ? e : "utf8")), this.blockRemain < t.length) {
      let r = Object.assign(new Error("writing more data than expected"), { path: this.absolute });
      return this.emit("error", r);
    }
    return this.remain -= t.length, this.blockRemain -= t.length, this.pos += t.length, this.offset += t.length, super.write(t, null, i);
  }
  [es]() {
    if (!this.remain) return this.blockRemain && super.write(Buffer.alloc(this.blockRemain)), this[pt]((t) => t ? this.emit("error", t) : this.end());
    if (!this.buf) throw new Error("buffer lost somehow in ONDRAIN");
    this.offset >= this.length && (this.buf = Buffer.allocUnsafe(Math.min(this.blockRemain, this.buf.length)), this.offset = 0), this.length = this.buf.length - this.offset, this[ii]();
  }
};
var ni = class extends de {
  sync = true;
  [ss]() {
    this[si](X.lstatSync(this.absolute));
  }
  [is]() {
    this[ns](X.readlinkSync(this.absolute));
  }
  [os]() {
    this[hs](X.openSync(this.absolute, "r"));
  }
  [ii]() {
    let t = true;
    try {
      let { fd: e, buf: i, offset: r, length: n, pos: o } = this;
      if (e === void 0 || i === void 0) throw new Error("fd and buf must be set in READ method");
      let h = X.readSync(e, i, r, n, o);
      this[rs](h), t = false;
    } finally {
      if (t) try {
        this[pt](() => {
        });
      } catch {
      }
    }
  }
  [as](t) {
    t();
  }
  [pt](t = () => {
  }) {
    this.fd !== void 0 && X.closeSync(this.fd), t();
  }
};
var oi = class extends A {
  blockLen = 0;
  blockRemain = 0;
  buf = 0;
  pos = 0;
  remain = 0;
  length = 0;
  preservePaths;
  portable;
  strict;
  noPax;
  noMtime;
  readEntry;
  type;
  prefix;
  path;
  mode;
  uid;
  gid;
  uname;
  gname;
  header;
  mtime;
  atime;
  ctime;
  linkpath;
  size;
  onWriteEntry;
  warn(t, e, i = {}) {
    return Dt(this, t, e, i);
  }
  constructor(t, e = {}) {
    let i = se(e);
    super(), this.preservePaths = !!i.preservePaths, this.portable = !!i.portable, this.strict = !!i.strict, this.noPax = !!i.noPax, this.noMtime = !!i.noMtime, this.onWriteEntry = i.onWriteEntry, this.readEntry = t;
    let { type: r } = t;
    if (r === "Unsupported") throw new Error("writing entry that should be ignored");
    this.type = r, this.type === "Directory" && this.portable && (this.noMtime = true), this.prefix = i.prefix, this.path = f(t.path), this.mode = t.mode !== void 0 ? this[ri](t.mode) : void 0, this.uid = this.portable ? void 0 : t.uid, this.gid = this.portable ? void 0 : t.gid, this.uname = this.portable ? void 0 : t.uname, this.gname = this.portable ? void 0 : t.gname, this.size = t.size, this.mtime = this.noMtime ? void 0 : i.mtime || t.mtime, this.atime = this.portable ? void 0 : t.atime, this.ctime = this.portable ? void 0 : t.ctime, this.linkpath = t.linkpath !== void 0 ? f(t.linkpath) : void 0, typeof i.onwarn == "function" && this.on("warn", i.onwarn);
    let n = false;
    if (!this.preservePaths) {
      let [h, a] = ce(this.path);
      h && typeof a == "string" && (this.path = a, n = h);
    }
    this.remain = t.size, this.blockRemain = t.startBlockSize, this.onWriteEntry?.(this), this.header = new F({ path: this[q](this.path), linkpath: this.type === "Link" && this.linkpath !== void 0 ? this[q](this.linkpath) : this.linkpath, mode: this.mode, uid: this.portable ? void 0 : this.uid, gid: this.portable ? void 0 : this.gid, size: this.size, mtime: this.noMtime ? void 0 : this.mtime, type: this.type, uname: this.portable ? void 0 : this.uname, atime: this.portable ? void 0 : this.atime, ctime: this.portable ? void 0 : this.ctime }), n && this.warn("TAR_ENTRY_INFO", `stripping ${n} from absolute path`, { entry: this, path: n + this.path }), this.header.encode() && !this.noPax && super.write(new ft({ atime: this.portable ? void 0 : this.atime, ctime: this.portable ? void 0 : this.ctime, gid: this.portable ? void 0 : this.gid, mtime: this.noMtime ? void 0 : this.mtime, path: this[q](this.path), linkpath: this.type === "Link" && this.linkpath !== void 0 ? this[q](this.linkpath) : this.linkpath, size: this.size, uid: this.portable ? void 0 : this.uid, uname: this.portable ? void 0 : this.uname, dev: this.portable ? void 0 : this.readEntry.dev, ino: this.portable ? void 0 : this.readEntry.ino, nlink: this.portable ? void 0 : this.readEntry.nlink }).encode());
    let o = this.header?.block;
    if (!o) throw new Error("failed to encode header");
    super.write(o), t.pipe(this);
  }
  [q](t) {
    return rr(t, this.prefix);
  }
  [ri](t) {
    return Ji(t, this.type === "Directory", this.portable);
  }
  write(t, e, i) {
    typeof e == "function" && (i = e, e = void 0), typeof t == "string" && (t = Buffer.from(t, typeof e == "string" ? e : "utf8"));
    let r = t.length;
    if (r > this.blockRemain) throw new Error("writing more to entry than is appropriate");
    return this.blockRemain -= r, super.write(t, i);
  }
  end(t, e, i) {
    return this.blockRemain && super.write(Buffer.alloc(this.blockRemain)), typeof t == "function" && (i = t, e = void 0, t = void 0), typeof e == "function" && (i = e, e = void 0), typeof t == "string" && (t = Buffer.from(t, e ?? "utf8")), i && this.once("finish", i), t ? super.end(t, i) : super.end(i), this;
  }
};
var Gn = (s3) => s3.isFile() ? "File" : s3.isDirectory() ? "Directory" : s3.isSymbolicLink() ? "SymbolicLink" : "Unsupported";
var hi = class s2 {
  tail;
  head;
  length = 0;
  static create(t = []) {
    return new s2(t);
  }
  constructor(t = []) {
    for (let e of t) this.push(e);
  }
  *[Symbol.iterator]() {
    for (let t = this.head; t; t = t.next) yield t.value;
  }
  removeNode(t) {
    if (t.list !== this) throw new Error("removing node which does not belong to this list");
    let e = t.next, i = t.prev;
    return e && (e.prev = i), i && (i.next = e), t === this.head && (this.head = e), t === this.tail && (this.tail = i), this.length--, t.next = void 0, t.prev = void 0, t.list = void 0, e;
  }
  unshiftNode(t) {
    if (t === this.head) return;
    t.list && t.list.removeNode(t);
    let e = this.head;
    t.list = this, t.next = e, e && (e.prev = t), this.head = t, this.tail || (this.tail = t), this.length++;
  }
  pushNode(t) {
    if (t === this.tail) return;
    t.list && t.list.removeNode(t);
    let e = this.tail;
    t.list = this, t.prev = e, e && (e.next = t), this.tail = t, this.head || (this.head = t), this.length++;
  }
  push(...t) {
    for (let e = 0, i = t.length; e < i; e++) Yn(this, t[e]);
    return this.length;
  }
  unshift(...t) {
    for (var e = 0, i = t.length; e < i; e++) Kn(this, t[e]);
    return this.length;
  }
  pop() {
    if (!this.tail) return;
    let t = this.tail.value, e = this.tail;
    return this.tail = this.tail.prev, this.tail ? this.tail.next = void 0 : this.head = void 0, e.list = void 0, this.length--, t;
  }
  shift() {
    if (!this.head) return;
    let t = this.head.value, e = this.head;
    return this.head = this.head.next, this.head ? this.head.prev = void 0 : this.tail = void 0, e.list = void 0, this.length--, t;
  }
  forEach(t, e) {
    e = e || this;
    for (let i = this.head, r = 0; i; r++) t.call(e, i.value, r, this), i = i.next;
  }
  forEachReverse(t, e) {
    e = e || this;
    for (let i = this.tail, r = this.length - 1; i; r--) t.call(e, i.value, r, this), i = i.prev;
  }
  get(t) {
    let e = 0, i = this.head;
    for (; i && e < t; e++) i = i.next;
    if (e === t && i) return i.value;
  }
  getReverse(t) {
    let e = 0, i = this.tail;
    for (; i && e < t; e++) i = i.prev;
    if (e === t && i) return i.value;
  }
  map(t, e) {
    e = e || this;
    let i = new s2();
    for (let r = this.head; r; ) i.push(t.call(e, r.value, this)), r = r.next;
    return i;
  }
  mapReverse(t, e) {
    e = e || this;
    var i = new s2();
    for (let r = this.tail; r; ) i.push(t.call(e, r.value, this)), r = r.prev;
    return i;
  }
  reduce(t, e) {
    let i, r = this.head;
    if (arguments.length > 1) i = e;
    else if (this.head) r = this.head.next, i = this.head.value;
    else throw new TypeError("Reduce of empty list with no initial value");
    for (var n = 0; r; n++) i = t(i, r.value, n), r = r.next;
    return i;
  }
  reduceReverse(t, e) {
    let i, r = this.tail;
    if (arguments.length > 1) i = e;
    else if (this.tail) r = this.tail.prev, i = this.tail.value;
    else throw new TypeError("Reduce of empty list with no initial value");
    for (let n = this.length - 1; r; n--) i = t(i, r.value, n), r = r.prev;
    return i;
  }
  toArray() {
    let t = new Array(this.length);
    for (let e = 0, i = this.head; i; e++) t[e] = i.value, i = i.next;
    return t;
  }
  toArrayReverse() {
    let t = new Array(this.length);
    for (let e = 0, i = this.tail; i; e++) t[e] = i.value, i = i.prev;
    return t;
  }
  slice(t = 0, e = this.length) {
    e < 0 && (e += this.length), t < 0 && (t += this.length);
    let i = new s2();
    if (e < t || e < 0) return i;
    t < 0 && (t = 0), e > this.length && (e = this.length);
    let r = this.head, n = 0;
    for (n = 0; r && n < t; n++) r = r.next;
    for (; r && n < e; n++, r = r.next) i.push(r.value);
    return i;
  }
  sliceReverse(t = 0, e = this.length) {
    e < 0 && (e += this.length), t < 0 && (t += this.length);
    let i = new s2();
    if (e < t || e < 0) return i;
    t < 0 && (t = 0), e > this.length && (e = this.length);
    let r = this.length, n = this.tail;
    for (; n && r > e; r--) n = n.prev;
    for (; n && r > t; r--, n = n.prev) i.push(n.value);
    return i;
  }
  splice(t, e = 0, ...i) {
    t > this.length && (t = this.length - 1), t < 0 && (t = this.length + t);
    let r = this.head;
    for (let o = 0; r && o < t; o++) r = r.next;
    let n = [];
    for (let o = 0; r && o < e; o++) n.push(r.value), r = this.removeNode(r);
    r ? r !== this.tail && (r = r.prev) : r = this.tail;
    for (let o of i) r = Zn(this, r, o);
    return n;
  }
  reverse() {
    let t = this.head, e = this.tail;
    for (let i = t; i; i = i.prev) {
      let r = i.prev;
      i.prev = i.next, i.next = r;
    }
    return this.head = e, this.tail = t, this;
  }
};
function Zn(s3, t, e) {
  let i = t, r = t ? t.next : s3.head, n = new ue(e, i, r, s3);
  return n.next === void 0 && (s3.tail = n), n.prev === void 0 && (s3.head = n), s3.length++, n;
}
function Yn(s3, t) {
  s3.tail = new ue(t, s3.tail, void 0, s3), s3.head || (s3.head = s3.tail), s3.length++;
}
function Kn(s3, t) {
  s3.head = new ue(t, void 0, s3.head, s3), s3.tail || (s3.tail = s3.head), s3.length++;
}
var ue = class {
  list;
  next;
  prev;
  value;
  constructor(t, e, i, r) {
    this.list = r, this.value = t, e ? (e.next = this, this.prev = e) : this.prev = void 0, i ? (i.prev = this, this.next = i) : this.next = void 0;
  }
};
var pi = class {
  path;
  absolute;
  entry;
  stat;
  readdir;
  pending = false;
  pendingLink = false;
  ignore = false;
  piped = false;
  constructor(t, e) {
    this.path = t || "./", this.absolute = e;
  }
};
var nr = Buffer.alloc(1024);
var li = /* @__PURE__ */ Symbol("onStat");
var me = /* @__PURE__ */ Symbol("ended");
var W = /* @__PURE__ */ Symbol("queue");
var pe = /* @__PURE__ */ Symbol("pendingLinks");
var Et = /* @__PURE__ */ Symbol("current");
var Ft = /* @__PURE__ */ Symbol("process");
var Ee = /* @__PURE__ */ Symbol("processing");
var ai = /* @__PURE__ */ Symbol("processJob");
var G = /* @__PURE__ */ Symbol("jobs");
var ls = /* @__PURE__ */ Symbol("jobDone");
var ci = /* @__PURE__ */ Symbol("addFSEntry");
var or = /* @__PURE__ */ Symbol("addTarEntry");
var ds = /* @__PURE__ */ Symbol("stat");
var us = /* @__PURE__ */ Symbol("readdir");
var fi = /* @__PURE__ */ Symbol("onreaddir");
var di = /* @__PURE__ */ Symbol("pipe");
var hr = /* @__PURE__ */ Symbol("entry");
var cs = /* @__PURE__ */ Symbol("entryOpt");
var ui = /* @__PURE__ */ Symbol("writeEntryClass");
var lr = /* @__PURE__ */ Symbol("write");
var fs7 = /* @__PURE__ */ Symbol("ondrain");
var wt = class extends A {
  sync = false;
  opt;
  cwd;
  maxReadSize;
  preservePaths;
  strict;
  noPax;
  prefix;
  linkCache;
  statCache;
  file;
  portable;
  zip;
  readdirCache;
  noDirRecurse;
  follow;
  noMtime;
  mtime;
  filter;
  jobs;
  [ui];
  onWriteEntry;
  [W];
  [pe] = /* @__PURE__ */ new Map();
  [G] = 0;
  [Ee] = false;
  [me] = false;
  constructor(t = {}) {
    if (super(), this.opt = t, this.file = t.file || "", this.cwd = t.cwd || process.cwd(), this.maxReadSize = t.maxReadSize, this.preservePaths = !!t.preservePaths, this.strict = !!t.strict, this.noPax = !!t.noPax, this.prefix = f(t.prefix || ""), this.linkCache = t.linkCache || /* @__PURE__ */ new Map(), this.statCache = t.statCache || /* @__PURE__ */ new Map(), this.readdirCache = t.readdirCache || /* @__PURE__ */ new Map(), this.onWriteEntry = t.onWriteEntry, this[ui] = de, typeof t.onwarn == "function" && this.on("warn", t.onwarn), this.portable = !!t.portable, t.gzip || t.brotli || t.zstd) {
      if ((t.gzip ? 1 : 0) + (t.brotli ? 1 : 0) + (t.zstd ? 1 : 0) > 1) throw new TypeError("gzip, brotli, zstd are mutually exclusive");
      if (t.gzip && (typeof t.gzip != "object" && (t.gzip = {}), this.portable && (t.gzip.portable = true), this.zip = new ze(t.gzip)), t.brotli && (typeof t.brotli != "object" && (t.brotli = {}), this.zip = new We(t.brotli)), t.zstd && (typeof t.zstd != "object" && (t.zstd = {}), this.zip = new Ye(t.zstd)), !this.zip) throw new Error("impossible");
      let e = this.zip;
      e.on("data", (i) => super.write(i)), e.on("end", () => super.end()), e.on("drain", () => this[fs7]()), this.on("resume", () => e.resume());
    } else this.on("drain", this[fs7]);
    this.noDirRecurse = !!t.noDirRecurse, this.follow = !!t.follow, this.noMtime = !!t.noMtime, t.mtime && (this.mtime = t.mtime), this.filter = typeof t.filter == "function" ? t.filter : () => true, this[W] = new hi(), this[G] = 0, this.jobs = Number(t.jobs) || 4, this[Ee] = false, this[me] = false;
  }
  [lr](t) {
    return super.write(t);
  }
  add(t) {
    return this.write(t), this;
  }
  end(t, e, i) {
    return typeof t == "function" && (i = t, t = void 0), typeof e == "function" && (i = e, e = void 0), t && this.add(t), this[me] = true, this[Ft](), i && i(), this;
  }
  write(t) {
    if (this[me]) throw new Error("write after end");
    return typeof t == "string" ? this[ci](t) : this[or](t), this.flowing;
  }
  [or](t) {
    let e = f(ar.resolve(this.cwd, t.path));
    if (!this.filter(t.path, t)) t.resume();
    else {
      let i = new pi(t.path, e);
      i.entry = new oi(t, this[cs](i)), i.entry.on("end", () => this[ls](i)), this[G] += 1, this[W].push(i);
    }
    this[Ft]();
  }
  [ci](t) {
    let e = f(ar.resolve(this.cwd, t));
    this[W].push(new pi(t, e)), this[Ft]();
  }
  [ds](t) {
    t.pending = true, this[G] += 1;
    let e = this.follow ? "stat" : "lstat";
    mi[e](t.absolute, (i, r) => {
      t.pending = false, this[G] -= 1, i ? this.emit("error", i) : this[li](t, r);
    });
  }
  [li](t, e) {
    if (this.statCache.set(t.absolute, e), t.stat = e, !this.filter(t.path, e)) t.ignore = true;
    else if (e.isFile() && e.nlink > 1 && !this.linkCache.get(`${e.dev}:${e.ino}`) && !this.sync) if (t === this[Et]) this[ai](t);
    else {
      let i = `${e.dev}:${e.ino}`, r = this[pe].get(i);
      r ? r.push(t) : this[pe].set(i, [t]), t.pendingLink = true, t.pending = true;
    }
    this[Ft]();
  }
  [us](t) {
    t.pending = true, this[G] += 1, mi.readdir(t.absolute, (e, i) => {
      if (t.pending = false, this[G] -= 1, e) return this.emit("error", e);
      this[fi](t, i);
    });
  }
  [fi](t, e) {
    this.readdirCache.set(t.absolute, e), t.readdir = e, this[Ft]();
  }
  [Ft]() {
    if (!this[Ee]) {
      this[Ee] = true;
      for (let t = this[W].head; t && this[G] < this.jobs; t = t.next) if (this[ai](t.value), t.value.ignore) {
        let e = t.next;
        this[W].removeNode(t), t.next = e;
      }
      this[Ee] = false, this[me] && this[W].length === 0 && this[G] === 0 && (this.zip ? this.zip.end(nr) : (super.write(nr), super.end()));
    }
  }
  get [Et]() {
    return this[W] && this[W].head && this[W].head.value;
  }
  [ls](t) {
    this[W].shift(), this[G] -= 1;
    let { stat: e } = t;
    if (e && e.isFile() && e.nlink > 1) {
      let i = `${e.dev}:${e.ino}`, r = this[pe].get(i);
      if (r) {
        this[pe].delete(i);
        for (let n of r) n.pending = false, this[ai](n);
      }
    }
    this[Ft]();
  }
  [ai](t) {
    if (t.pending && t.pendingLink && t === this[Et] && (t.pending = false, t.pendingLink = false), !t.pending) {
      if (t.entry) {
        t === this[Et] && !t.piped && this[di](t);
        return;
      }
      if (!t.stat) {
        let e = this.statCache.get(t.absolute);
        e ? this[li](t, e) : this[ds](t);
      }
      if (t.stat && !t.ignore) {
        if (!this.noDirRecurse && t.stat.isDirectory() && !t.readdir) {
          let e = this.readdirCache.get(t.absolute);
          if (e ? this[fi](t, e) : this[us](t), !t.readdir) return;
        }
        if (t.entry = this[hr](t), !t.entry) {
          t.ignore = true;
          return;
        }
        t === this[Et] && !t.piped && this[di](t);
      }
    }
  }
  [cs](t) {
    return { onwarn: (e, i, r) => this.warn(e, i, r), noPax: this.noPax, cwd: this.cwd, absolute: t.absolute, preservePaths: this.preservePaths, maxReadSize: this.maxReadSize, strict: this.strict, portable: this.portable, linkCache: this.linkCache, statCache: this.statCache, noMtime: this.noMtime, mtime: this.mtime, prefix: this.prefix, onWriteEntry: this.onWriteEntry };
  }
  [hr](t) {
    this[G] += 1;
    try {
      return new this[ui](t.path, this[cs](t)).on("end", () => this[ls](t)).on("error", (i) => this.emit("error", i));
    } catch (e) {
      this.emit("error", e);
    }
  }
  [fs7]() {
    this[Et] && this[Et].entry && this[Et].entry.resume();
  }
  [di](t) {
    t.piped = true, t.readdir && t.readdir.forEach((r) => {
      let n = t.path, o = n === "./" ? "" : n.replace(/\/*$/, "/");
      this[ci](o + r);
    });
    let e = t.entry, i = this.zip;
    if (!e) throw new Error("cannot pipe without source");
    i ? e.on("data", (r) => {
      i.write(r) || e.pause();
    }) : e.on("data", (r) => {
      super.write(r) || e.pause();
    });
  }
  pause() {
    return this.zip && this.zip.pause(), super.pause();
  }
  warn(t, e, i = {}) {
    Dt(this, t, e, i);
  }
};
var kt = class extends wt {
  sync = true;
  constructor(t) {
    super(t), this[ui] = ni;
  }
  pause() {
  }
  resume() {
  }
  [ds](t) {
    let e = this.follow ? "statSync" : "lstatSync";
    this[li](t, mi[e](t.absolute));
  }
  [us](t) {
    this[fi](t, mi.readdirSync(t.absolute));
  }
  [di](t) {
    let e = t.entry, i = this.zip;
    if (t.readdir && t.readdir.forEach((r) => {
      let n = t.path, o = n === "./" ? "" : n.replace(/\/*$/, "/");
      this[ci](o + r);
    }), !e) throw new Error("Cannot pipe without source");
    i ? e.on("data", (r) => {
      i.write(r);
    }) : e.on("data", (r) => {
      super[lr](r);
    });
  }
};
var Vn = (s3, t) => {
  let e = new kt(s3), i = new Wt(s3.file, { mode: s3.mode || 438 });
  e.pipe(i), fr(e, t);
};
var $n = (s3, t) => {
  let e = new wt(s3), i = new et(s3.file, { mode: s3.mode || 438 });
  e.pipe(i);
  let r = new Promise((n, o) => {
    i.on("error", o), i.on("close", n), e.on("error", o);
  });
  return dr(e, t).catch((n) => e.emit("error", n)), r;
};
var fr = (s3, t) => {
  t.forEach((e) => {
    e.charAt(0) === "@" ? Ct({ file: cr.resolve(s3.cwd, e.slice(1)), sync: true, noResume: true, onReadEntry: (i) => s3.add(i) }) : s3.add(e);
  }), s3.end();
};
var dr = async (s3, t) => {
  for (let e of t) e.charAt(0) === "@" ? await Ct({ file: cr.resolve(String(s3.cwd), e.slice(1)), noResume: true, onReadEntry: (i) => {
    s3.add(i);
  } }) : s3.add(e);
  s3.end();
};
var Xn = (s3, t) => {
  let e = new kt(s3);
  return fr(e, t), e;
};
var qn = (s3, t) => {
  let e = new wt(s3);
  return dr(e, t).catch((i) => e.emit("error", i)), e;
};
var Qn = K(Vn, $n, Xn, qn, (s3, t) => {
  if (!t?.length) throw new TypeError("no paths specified to add to archive");
});
var Jn = process.env.__FAKE_PLATFORM__ || process.platform;
var Er = Jn === "win32";
var { O_CREAT: wr, O_NOFOLLOW: ur, O_TRUNC: Sr, O_WRONLY: yr } = pr.constants;
var Rr = Number(process.env.__FAKE_FS_O_FILENAME__) || pr.constants.UV_FS_O_FILEMAP || 0;
var jn = Er && !!Rr;
var to = 512 * 1024;
var eo = Rr | Sr | wr | yr;
var mr = !Er && typeof ur == "number" ? ur | Sr | wr | yr : null;
var ms = mr !== null ? () => mr : jn ? (s3) => s3 < to ? eo : "w" : () => "w";
var ps = (s3, t, e) => {
  try {
    return wi.lchownSync(s3, t, e);
  } catch (i) {
    if (i?.code !== "ENOENT") throw i;
  }
};
var Ei = (s3, t, e, i) => {
  wi.lchown(s3, t, e, (r) => {
    i(r && r?.code !== "ENOENT" ? r : null);
  });
};
var io = (s3, t, e, i, r) => {
  if (t.isDirectory()) Es(we.resolve(s3, t.name), e, i, (n) => {
    if (n) return r(n);
    let o = we.resolve(s3, t.name);
    Ei(o, e, i, r);
  });
  else {
    let n = we.resolve(s3, t.name);
    Ei(n, e, i, r);
  }
};
var Es = (s3, t, e, i) => {
  wi.readdir(s3, { withFileTypes: true }, (r, n) => {
    if (r) {
      if (r.code === "ENOENT") return i();
      if (r.code !== "ENOTDIR" && r.code !== "ENOTSUP") return i(r);
    }
    if (r || !n.length) return Ei(s3, t, e, i);
    let o = n.length, h = null, a = (l) => {
      if (!h) {
        if (l) return i(h = l);
        if (--o === 0) return Ei(s3, t, e, i);
      }
    };
    for (let l of n) io(s3, l, t, e, a);
  });
};
var so = (s3, t, e, i) => {
  t.isDirectory() && ws(we.resolve(s3, t.name), e, i), ps(we.resolve(s3, t.name), e, i);
};
var ws = (s3, t, e) => {
  let i;
  try {
    i = wi.readdirSync(s3, { withFileTypes: true });
  } catch (r) {
    let n = r;
    if (n?.code === "ENOENT") return;
    if (n?.code === "ENOTDIR" || n?.code === "ENOTSUP") return ps(s3, t, e);
    throw n;
  }
  for (let r of i) so(s3, r, t, e);
  return ps(s3, t, e);
};
var Se = class extends Error {
  path;
  code;
  syscall = "chdir";
  constructor(t, e) {
    super(`${e}: Cannot cd into '${t}'`), this.path = t, this.code = e;
  }
  get name() {
    return "CwdError";
  }
};
var St = class extends Error {
  path;
  symlink;
  syscall = "symlink";
  code = "TAR_SYMLINK_ERROR";
  constructor(t, e) {
    super("TAR_SYMLINK_ERROR: Cannot extract through symbolic link"), this.symlink = t, this.path = e;
  }
  get name() {
    return "SymlinkError";
  }
};
var no = (s3, t) => {
  k.stat(s3, (e, i) => {
    (e || !i.isDirectory()) && (e = new Se(s3, e?.code || "ENOTDIR")), t(e);
  });
};
var gr = (s3, t, e) => {
  s3 = f(s3);
  let i = t.umask ?? 18, r = t.mode | 448, n = (r & i) !== 0, o = t.uid, h = t.gid, a = typeof o == "number" && typeof h == "number" && (o !== t.processUid || h !== t.processGid), l = t.preserve, c = t.unlink, d = f(t.cwd), y = (E, x) => {
    E ? e(E) : x && a ? Es(x, o, h, (Le) => y(Le)) : n ? k.chmod(s3, r, e) : e();
  };
  if (s3 === d) return no(s3, y);
  if (l) return ro.mkdir(s3, { mode: r, recursive: true }).then((E) => y(null, E ?? void 0), y);
  let D = f(Si.relative(d, s3)).split("/");
  Ss(d, D, r, c, d, void 0, y);
};
var Ss = (s3, t, e, i, r, n, o) => {
  if (t.length === 0) return o(null, n);
  let h = t.shift(), a = f(Si.resolve(s3 + "/" + h));
  k.mkdir(a, e, br(a, t, e, i, r, n, o));
};
var br = (s3, t, e, i, r, n, o) => (h) => {
  h ? k.lstat(s3, (a, l) => {
    if (a) a.path = a.path && f(a.path), o(a);
    else if (l.isDirectory()) Ss(s3, t, e, i, r, n, o);
    else if (i) k.unlink(s3, (c) => {
      if (c) return o(c);
      k.mkdir(s3, e, br(s3, t, e, i, r, n, o));
    });
    else {
      if (l.isSymbolicLink()) return o(new St(s3, s3 + "/" + t.join("/")));
      o(h);
    }
  }) : (n = n || s3, Ss(s3, t, e, i, r, n, o));
};
var oo = (s3) => {
  let t = false, e;
  try {
    t = k.statSync(s3).isDirectory();
  } catch (i) {
    e = i?.code;
  } finally {
    if (!t) throw new Se(s3, e ?? "ENOTDIR");
  }
};
var _r = (s3, t) => {
  s3 = f(s3);
  let e = t.umask ?? 18, i = t.mode | 448, r = (i & e) !== 0, n = t.uid, o = t.gid, h = typeof n == "number" && typeof o == "number" && (n !== t.processUid || o !== t.processGid), a = t.preserve, l = t.unlink, c = f(t.cwd), d = (E) => {
    E && h && ws(E, n, o), r && k.chmodSync(s3, i);
  };
  if (s3 === c) return oo(c), d();
  if (a) return d(k.mkdirSync(s3, { mode: i, recursive: true }) ?? void 0);
  let T = f(Si.relative(c, s3)).split("/"), D;
  for (let E = T.shift(), x = c; E && (x += "/" + E); E = T.shift()) {
    x = f(Si.resolve(x));
    try {
      k.mkdirSync(x, i), D = D || x;
    } catch {
      let Le = k.lstatSync(x);
      if (Le.isDirectory()) continue;
      if (l) {
        k.unlinkSync(x), k.mkdirSync(x, i), D = D || x;
        continue;
      } else if (Le.isSymbolicLink()) return new St(x, x + "/" + T.join("/"));
    }
  }
  return d(D);
};
var ys = /* @__PURE__ */ Object.create(null);
var Or = 1e4;
var Vt = /* @__PURE__ */ new Set();
var Tr = (s3) => {
  Vt.has(s3) ? Vt.delete(s3) : ys[s3] = s3.normalize("NFD").toLocaleLowerCase("en").toLocaleUpperCase("en"), Vt.add(s3);
  let t = ys[s3], e = Vt.size - Or;
  if (e > Or / 10) {
    for (let i of Vt) if (Vt.delete(i), delete ys[i], --e <= 0) break;
  }
  return t;
};
var ho = process.env.TESTING_TAR_FAKE_PLATFORM || process.platform;
var ao = ho === "win32";
var lo = (s3) => s3.split("/").slice(0, -1).reduce((e, i) => {
  let r = e.at(-1);
  return r !== void 0 && (i = xr(r, i)), e.push(i || "/"), e;
}, []);
var yi = class {
  #t = /* @__PURE__ */ new Map();
  #i = /* @__PURE__ */ new Map();
  #s = /* @__PURE__ */ new Set();
  reserve(t, e) {
    t = ao ? ["win32 parallelization disabled"] : t.map((r) => mt(xr(Tr(r))));
    let i = new Set(t.map((r) => lo(r)).reduce((r, n) => r.concat(n)));
    this.#i.set(e, { dirs: i, paths: t });
    for (let r of t) {
      let n = this.#t.get(r);
      n ? n.push(e) : this.#t.set(r, [e]);
    }
    for (let r of i) {
      let n = this.#t.get(r);
      if (!n) this.#t.set(r, [/* @__PURE__ */ new Set([e])]);
      else {
        let o = n.at(-1);
        o instanceof Set ? o.add(e) : n.push(/* @__PURE__ */ new Set([e]));
      }
    }
    return this.#r(e);
  }
  #n(t) {
    let e = this.#i.get(t);
    if (!e) throw new Error("function does not have any path reservations");
    return { paths: e.paths.map((i) => this.#t.get(i)), dirs: [...e.dirs].map((i) => this.#t.get(i)) };
  }
  check(t) {
    let { paths: e, dirs: i } = this.#n(t);
    return e.every((r) => r && r[0] === t) && i.every((r) => r && r[0] instanceof Set && r[0].has(t));
  }
  #r(t) {
    return this.#s.has(t) || !this.check(t) ? false : (this.#s.add(t), t(() => this.#e(t)), true);
  }
  #e(t) {
    if (!this.#s.has(t)) return false;
    let e = this.#i.get(t);
    if (!e) throw new Error("invalid reservation");
    let { paths: i, dirs: r } = e, n = /* @__PURE__ */ new Set();
    for (let o of i) {
      let h = this.#t.get(o);
      if (!h || h?.[0] !== t) continue;
      let a = h[1];
      if (!a) {
        this.#t.delete(o);
        continue;
      }
      if (h.shift(), typeof a == "function") n.add(a);
      else for (let l of a) n.add(l);
    }
    for (let o of r) {
      let h = this.#t.get(o), a = h?.[0];
      if (!(!h || !(a instanceof Set))) if (a.size === 1 && h.length === 1) {
        this.#t.delete(o);
        continue;
      } else if (a.size === 1) {
        h.shift();
        let l = h[0];
        typeof l == "function" && n.add(l);
      } else a.delete(t);
    }
    return this.#s.delete(t), n.forEach((o) => this.#r(o)), true;
  }
};
var Lr = () => process.umask();
var Dr = /* @__PURE__ */ Symbol("onEntry");
var _s = /* @__PURE__ */ Symbol("checkFs");
var Nr = /* @__PURE__ */ Symbol("checkFs2");
var Os = /* @__PURE__ */ Symbol("isReusable");
var P = /* @__PURE__ */ Symbol("makeFs");
var Ts = /* @__PURE__ */ Symbol("file");
var xs = /* @__PURE__ */ Symbol("directory");
var gi = /* @__PURE__ */ Symbol("link");
var Ar = /* @__PURE__ */ Symbol("symlink");
var Ir = /* @__PURE__ */ Symbol("hardlink");
var Re = /* @__PURE__ */ Symbol("ensureNoSymlink");
var Cr = /* @__PURE__ */ Symbol("unsupported");
var Fr = /* @__PURE__ */ Symbol("checkPath");
var Rs = /* @__PURE__ */ Symbol("stripAbsolutePath");
var yt = /* @__PURE__ */ Symbol("mkdir");
var O = /* @__PURE__ */ Symbol("onError");
var Ri = /* @__PURE__ */ Symbol("pending");
var kr = /* @__PURE__ */ Symbol("pend");
var $t = /* @__PURE__ */ Symbol("unpend");
var gs = /* @__PURE__ */ Symbol("ended");
var bs = /* @__PURE__ */ Symbol("maybeClose");
var Ls = /* @__PURE__ */ Symbol("skip");
var ge = /* @__PURE__ */ Symbol("doChown");
var be = /* @__PURE__ */ Symbol("uid");
var _e = /* @__PURE__ */ Symbol("gid");
var Oe = /* @__PURE__ */ Symbol("checkedCwd");
var fo = process.env.TESTING_TAR_FAKE_PLATFORM || process.platform;
var Te = fo === "win32";
var uo = 1024;
var mo = (s3, t) => {
  if (!Te) return u.unlink(s3, t);
  let e = s3 + ".DELETE." + Mr(16).toString("hex");
  u.rename(s3, e, (i) => {
    if (i) return t(i);
    u.unlink(e, t);
  });
};
var po = (s3) => {
  if (!Te) return u.unlinkSync(s3);
  let t = s3 + ".DELETE." + Mr(16).toString("hex");
  u.renameSync(s3, t), u.unlinkSync(t);
};
var vr = (s3, t, e) => s3 !== void 0 && s3 === s3 >>> 0 ? s3 : t !== void 0 && t === t >>> 0 ? t : e;
var Xt = class extends rt {
  [gs] = false;
  [Oe] = false;
  [Ri] = 0;
  reservations = new yi();
  transform;
  writable = true;
  readable = false;
  uid;
  gid;
  setOwner;
  preserveOwner;
  processGid;
  processUid;
  maxDepth;
  forceChown;
  win32;
  newer;
  keep;
  noMtime;
  preservePaths;
  unlink;
  cwd;
  strip;
  processUmask;
  umask;
  dmode;
  fmode;
  chmod;
  constructor(t = {}) {
    if (t.ondone = () => {
      this[gs] = true, this[bs]();
    }, super(t), this.transform = t.transform, this.chmod = !!t.chmod, typeof t.uid == "number" || typeof t.gid == "number") {
      if (typeof t.uid != "number" || typeof t.gid != "number") throw new TypeError("cannot set owner without number uid and gid");
      if (t.preserveOwner) throw new TypeError("cannot preserve owner in archive and also set owner explicitly");
      this.uid = t.uid, this.gid = t.gid, this.setOwner = true;
    } else this.uid = void 0, this.gid = void 0, this.setOwner = false;
    this.preserveOwner = t.preserveOwner === void 0 && typeof t.uid != "number" ? process.getuid?.() === 0 : !!t.preserveOwner, this.processUid = (this.preserveOwner || this.setOwner) && process.getuid ? process.getuid() : void 0, this.processGid = (this.preserveOwner || this.setOwner) && process.getgid ? process.getgid() : void 0, this.maxDepth = typeof t.maxDepth == "number" ? t.maxDepth : uo, this.forceChown = t.forceChown === true, this.win32 = !!t.win32 || Te, this.newer = !!t.newer, this.keep = !!t.keep, this.noMtime = !!t.noMtime, this.preservePaths = !!t.preservePaths, this.unlink = !!t.unlink, this.cwd = f(R.resolve(t.cwd || process.cwd())), this.strip = Number(t.strip) || 0, this.processUmask = this.chmod ? typeof t.processUmask == "number" ? t.processUmask : Lr() : 0, this.umask = typeof t.umask == "number" ? t.umask : this.processUmask, this.dmode = t.dmode || 511 & ~this.umask, this.fmode = t.fmode || 438 & ~this.umask, this.on("entry", (e) => this[Dr](e));
  }
  warn(t, e, i = {}) {
    return (t === "TAR_BAD_ARCHIVE" || t === "TAR_ABORT") && (i.recoverable = false), super.warn(t, e, i);
  }
  [bs]() {
    this[gs] && this[Ri] === 0 && (this.emit("prefinish"), this.emit("finish"), this.emit("end"));
  }
  [Rs](t, e) {
    let i = t[e], { type: r } = t;
    if (!i || this.preservePaths) return true;
    let [n, o] = ce(i), h = o.replaceAll(/\\/g, "/").split("/");
    if (h.includes("..") || Te && /^[a-z]:\.\.$/i.test(h[0] ?? "")) {
      if (e === "path" || r === "Link") return this.warn("TAR_ENTRY_ERROR", `${e} contains '..'`, { entry: t, [e]: i }), false;
      let a = R.posix.dirname(t.path), l = R.posix.normalize(R.posix.join(a, h.join("/")));
      if (l.startsWith("../") || l === "..") return this.warn("TAR_ENTRY_ERROR", `${e} escapes extraction directory`, { entry: t, [e]: i }), false;
    }
    return n && (t[e] = String(o), this.warn("TAR_ENTRY_INFO", `stripping ${n} from absolute ${e}`, { entry: t, [e]: i })), true;
  }
  [Fr](t) {
    let e = f(t.path), i = e.split("/");
    if (this.strip) {
      if (i.length < this.strip) return false;
      if (t.type === "Link") {
        let r = f(String(t.linkpath)).split("/");
        if (r.length >= this.strip) t.linkpath = r.slice(this.strip).join("/");
        else return false;
      }
      i.splice(0, this.strip), t.path = i.join("/");
    }
    if (isFinite(this.maxDepth) && i.length > this.maxDepth) return this.warn("TAR_ENTRY_ERROR", "path excessively deep", { entry: t, path: e, depth: i.length, maxDepth: this.maxDepth }), false;
    if (!this[Rs](t, "path") || !this[Rs](t, "linkpath")) return false;
    if (t.absolute = R.isAbsolute(t.path) ? f(R.resolve(t.path)) : f(R.resolve(this.cwd, t.path)), !this.preservePaths && typeof t.absolute == "string" && t.absolute.indexOf(this.cwd + "/") !== 0 && t.absolute !== this.cwd) return this.warn("TAR_ENTRY_ERROR", "path escaped extraction target", { entry: t, path: f(t.path), resolvedPath: t.absolute, cwd: this.cwd }), false;
    if (t.absolute === this.cwd && t.type !== "Directory" && t.type !== "GNUDumpDir") return false;
    if (this.win32) {
      let { root: r } = R.win32.parse(String(t.absolute));
      t.absolute = r + ts(String(t.absolute).slice(r.length));
      let { root: n } = R.win32.parse(t.path);
      t.path = n + ts(t.path.slice(n.length));
    }
    return true;
  }
  [Dr](t) {
    if (!this[Fr](t)) return t.resume();
    switch (co.equal(typeof t.absolute, "string"), t.type) {
      case "Directory":
      case "GNUDumpDir":
        t.mode && (t.mode = t.mode | 448);
      case "File":
      case "OldFile":
      case "ContiguousFile":
      case "Link":
      case "SymbolicLink":
        return this[_s](t);
      default:
        return this[Cr](t);
    }
  }
  [O](t, e) {
    t.name === "CwdError" ? this.emit("error", t) : (this.warn("TAR_ENTRY_ERROR", t, { entry: e }), this[$t](), e.resume());
  }
  [yt](t, e, i) {
    gr(f(t), { uid: this.uid, gid: this.gid, processUid: this.processUid, processGid: this.processGid, umask: this.processUmask, preserve: this.preservePaths, unlink: this.unlink, cwd: this.cwd, mode: e }, i);
  }
  [ge](t) {
    return this.forceChown || this.preserveOwner && (typeof t.uid == "number" && t.uid !== this.processUid || typeof t.gid == "number" && t.gid !== this.processGid) || typeof this.uid == "number" && this.uid !== this.processUid || typeof this.gid == "number" && this.gid !== this.processGid;
  }
  [be](t) {
    return vr(this.uid, t.uid, this.processUid);
  }
  [_e](t) {
    return vr(this.gid, t.gid, this.processGid);
  }
  [Ts](t, e) {
    let i = typeof t.mode == "number" ? t.mode & 4095 : this.fmode, r = new et(String(t.absolute), { flags: ms(t.size), mode: i, autoClose: false });
    r.on("error", (a) => {
      r.fd && u.close(r.fd, () => {
      }), r.write = () => true, this[O](a, t), e();
    });
    let n = 1, o = (a) => {
      if (a) {
        r.fd && u.close(r.fd, () => {
        }), this[O](a, t), e();
        return;
      }
      --n === 0 && r.fd !== void 0 && u.close(r.fd, (l) => {
        l ? this[O](l, t) : this[$t](), e();
      });
    };
    r.on("finish", () => {
      let a = String(t.absolute), l = r.fd;
      if (typeof l == "number" && t.mtime && !this.noMtime) {
        n++;
        let c = t.atime || /* @__PURE__ */ new Date(), d = t.mtime;
        u.futimes(l, c, d, (y) => y ? u.utimes(a, c, d, (T) => o(T && y)) : o());
      }
      if (typeof l == "number" && this[ge](t)) {
        n++;
        let c = this[be](t), d = this[_e](t);
        typeof c == "number" && typeof d == "number" && u.fchown(l, c, d, (y) => y ? u.chown(a, c, d, (T) => o(T && y)) : o());
      }
      o();
    });
    let h = this.transform && this.transform(t) || t;
    h !== t && (h.on("error", (a) => {
      this[O](a, t), e();
    }), t.pipe(h)), h.pipe(r);
  }
  [xs](t, e) {
    let i = typeof t.mode == "number" ? t.mode & 4095 : this.dmode;
    this[yt](String(t.absolute), i, (r) => {
      if (r) {
        this[O](r, t), e();
        return;
      }
      let n = 1, o = () => {
        --n === 0 && (e(), this[$t](), t.resume());
      };
      t.mtime && !this.noMtime && (n++, u.utimes(String(t.absolute), t.atime || /* @__PURE__ */ new Date(), t.mtime, o)), this[ge](t) && (n++, u.chown(String(t.absolute), Number(this[be](t)), Number(this[_e](t)), o)), o();
    });
  }
  [Cr](t) {
    t.unsupported = true, this.warn("TAR_ENTRY_UNSUPPORTED", `unsupported entry type: ${t.type}`, { entry: t }), t.resume();
  }
  [Ar](t, e) {
    let i = f(R.relative(this.cwd, R.resolve(R.dirname(String(t.absolute)), String(t.linkpath)))).split("/");
    this[Re](t, this.cwd, i, () => this[gi](t, String(t.linkpath), "symlink", e), (r) => {
      this[O](r, t), e();
    });
  }
  [Ir](t, e) {
    let i = f(R.resolve(this.cwd, String(t.linkpath))), r = f(String(t.linkpath)).split("/");
    this[Re](t, this.cwd, r, () => this[gi](t, i, "link", e), (n) => {
      this[O](n, t), e();
    });
  }
  [Re](t, e, i, r, n) {
    let o = i.shift();
    if (this.preservePaths || o === void 0) return r();
    let h = R.resolve(e, o);
    u.lstat(h, (a, l) => {
      if (a) return r();
      if (l?.isSymbolicLink()) return n(new St(h, R.resolve(h, i.join("/"))));
      this[Re](t, h, i, r, n);
    });
  }
  [kr]() {
    this[Ri]++;
  }
  [$t]() {
    this[Ri]--, this[bs]();
  }
  [Ls](t) {
    this[$t](), t.resume();
  }
  [Os](t, e) {
    return t.type === "File" && !this.unlink && e.isFile() && e.nlink <= 1 && !Te;
  }
  [_s](t) {
    this[kr]();
    let e = [t.path];
    t.linkpath && e.push(t.linkpath), this.reservations.reserve(e, (i) => this[Nr](t, i));
  }
  [Nr](t, e) {
    let i = (h) => {
      e(h);
    }, r = () => {
      this[yt](this.cwd, this.dmode, (h) => {
        if (h) {
          this[O](h, t), i();
          return;
        }
        this[Oe] = true, n();
      });
    }, n = () => {
      if (t.absolute !== this.cwd) {
        let h = f(R.dirname(String(t.absolute)));
        if (h !== this.cwd) return this[yt](h, this.dmode, (a) => {
          if (a) {
            this[O](a, t), i();
            return;
          }
          o();
        });
      }
      o();
    }, o = () => {
      u.lstat(String(t.absolute), (h, a) => {
        if (a && (this.keep || this.newer && a.mtime > (t.mtime ?? a.mtime))) {
          this[Ls](t), i();
          return;
        }
        if (h || this[Os](t, a)) return this[P](null, t, i);
        if (a.isDirectory()) {
          if (t.type === "Directory") {
            let l = this.chmod && t.mode && (a.mode & 4095) !== t.mode, c = (d) => this[P](d ?? null, t, i);
            return l ? u.chmod(String(t.absolute), Number(t.mode), c) : c();
          }
          if (t.absolute !== this.cwd) return u.rmdir(String(t.absolute), (l) => this[P](l ?? null, t, i));
        }
        if (t.absolute === this.cwd) return this[P](null, t, i);
        mo(String(t.absolute), (l) => this[P](l ?? null, t, i));
      });
    };
    this[Oe] ? n() : r();
  }
  [P](t, e, i) {
    if (t) {
      this[O](t, e), i();
      return;
    }
    switch (e.type) {
      case "File":
      case "OldFile":
      case "ContiguousFile":
        return this[Ts](e, i);
      case "Link":
        return this[Ir](e, i);
      case "SymbolicLink":
        return this[Ar](e, i);
      case "Directory":
      case "GNUDumpDir":
        return this[xs](e, i);
    }
  }
  [gi](t, e, i, r) {
    u[i](e, String(t.absolute), (n) => {
      n ? this[O](n, t) : (this[$t](), t.resume()), r();
    });
  }
};
var ye = (s3) => {
  try {
    return [null, s3()];
  } catch (t) {
    return [t, null];
  }
};
var xe = class extends Xt {
  sync = true;
  [P](t, e) {
    return super[P](t, e, () => {
    });
  }
  [_s](t) {
    if (!this[Oe]) {
      let n = this[yt](this.cwd, this.dmode);
      if (n) return this[O](n, t);
      this[Oe] = true;
    }
    if (t.absolute !== this.cwd) {
      let n = f(R.dirname(String(t.absolute)));
      if (n !== this.cwd) {
        let o = this[yt](n, this.dmode);
        if (o) return this[O](o, t);
      }
    }
    let [e, i] = ye(() => u.lstatSync(String(t.absolute)));
    if (i && (this.keep || this.newer && i.mtime > (t.mtime ?? i.mtime))) return this[Ls](t);
    if (e || this[Os](t, i)) return this[P](null, t);
    if (i.isDirectory()) {
      if (t.type === "Directory") {
        let o = this.chmod && t.mode && (i.mode & 4095) !== t.mode, [h] = o ? ye(() => {
          u.chmodSync(String(t.absolute), Number(t.mode));
        }) : [];
        return this[P](h, t);
      }
      let [n] = ye(() => u.rmdirSync(String(t.absolute)));
      this[P](n, t);
    }
    let [r] = t.absolute === this.cwd ? [] : ye(() => po(String(t.absolute)));
    this[P](r, t);
  }
  [Ts](t, e) {
    let i = typeof t.mode == "number" ? t.mode & 4095 : this.fmode, r = (h) => {
      let a;
      try {
        u.closeSync(n);
      } catch (l) {
        a = l;
      }
      (h || a) && this[O](h || a, t), e();
    }, n;
    try {
      n = u.openSync(String(t.absolute), ms(t.size), i);
    } catch (h) {
      return r(h);
    }
    let o = this.transform && this.transform(t) || t;
    o !== t && (o.on("error", (h) => this[O](h, t)), t.pipe(o)), o.on("data", (h) => {
      try {
        u.writeSync(n, h, 0, h.length);
      } catch (a) {
        r(a);
      }
    }), o.on("end", () => {
      let h = null;
      if (t.mtime && !this.noMtime) {
        let a = t.atime || /* @__PURE__ */ new Date(), l = t.mtime;
        try {
          u.futimesSync(n, a, l);
        } catch (c) {
          try {
            u.utimesSync(String(t.absolute), a, l);
          } catch {
            h = c;
          }
        }
      }
      if (this[ge](t)) {
        let a = this[be](t), l = this[_e](t);
        try {
          u.fchownSync(n, Number(a), Number(l));
        } catch (c) {
          try {
            u.chownSync(String(t.absolute), Number(a), Number(l));
          } catch {
            h = h || c;
          }
        }
      }
      r(h);
    });
  }
  [xs](t, e) {
    let i = typeof t.mode == "number" ? t.mode & 4095 : this.dmode, r = this[yt](String(t.absolute), i);
    if (r) {
      this[O](r, t), e();
      return;
    }
    if (t.mtime && !this.noMtime) try {
      u.utimesSync(String(t.absolute), t.atime || /* @__PURE__ */ new Date(), t.mtime);
    } catch {
    }
    if (this[ge](t)) try {
      u.chownSync(String(t.absolute), Number(this[be](t)), Number(this[_e](t)));
    } catch {
    }
    e(), t.resume();
  }
  [yt](t, e) {
    try {
      return _r(f(t), { uid: this.uid, gid: this.gid, processUid: this.processUid, processGid: this.processGid, umask: this.processUmask, preserve: this.preservePaths, unlink: this.unlink, cwd: this.cwd, mode: e });
    } catch (i) {
      return i;
    }
  }
  [Re](t, e, i, r, n) {
    if (this.preservePaths || i.length === 0) return r();
    let o = e;
    for (let h of i) {
      o = R.resolve(o, h);
      let [a, l] = ye(() => u.lstatSync(o));
      if (a) return r();
      if (l.isSymbolicLink()) return n(new St(o, R.resolve(e, i.join("/"))));
    }
    r();
  }
  [gi](t, e, i, r) {
    let n = `${i}Sync`;
    try {
      u[n](e, String(t.absolute)), r(), t.resume();
    } catch (o) {
      return this[O](o, t);
    }
  }
};
var Eo = (s3) => {
  let t = new xe(s3), e = s3.file, i = Br.statSync(e), r = s3.maxReadSize || 16 * 1024 * 1024;
  new Be(e, { readSize: r, size: i.size }).pipe(t);
};
var wo = (s3, t) => {
  let e = new Xt(s3), i = s3.maxReadSize || 16 * 1024 * 1024, r = s3.file;
  return new Promise((o, h) => {
    e.on("error", h), e.on("close", o), Br.stat(r, (a, l) => {
      if (a) h(a);
      else {
        let c = new _t(r, { readSize: i, size: l.size });
        c.on("error", h), c.pipe(e);
      }
    });
  });
};
var So = K(Eo, wo, (s3) => new xe(s3), (s3) => new Xt(s3), (s3, t) => {
  t?.length && Qi(s3, t);
});
var yo = (s3, t) => {
  let e = new kt(s3), i = true, r, n;
  try {
    try {
      r = v.openSync(s3.file, "r+");
    } catch (a) {
      if (a?.code === "ENOENT") r = v.openSync(s3.file, "w+");
      else throw a;
    }
    let o = v.fstatSync(r), h = Buffer.alloc(512);
    t: for (n = 0; n < o.size; n += 512) {
      for (let c = 0, d = 0; c < 512; c += d) {
        if (d = v.readSync(r, h, c, h.length - c, n + c), n === 0 && h[0] === 31 && h[1] === 139) throw new Error("cannot append to compressed archives");
        if (!d) break t;
      }
      let a = new F(h);
      if (!a.cksumValid) break;
      let l = 512 * Math.ceil((a.size || 0) / 512);
      if (n + l + 512 > o.size) break;
      n += l, s3.mtimeCache && a.mtime && s3.mtimeCache.set(String(a.path), a.mtime);
    }
    i = false, Ro(s3, e, n, r, t);
  } finally {
    if (i) try {
      v.closeSync(r);
    } catch {
    }
  }
};
var Ro = (s3, t, e, i, r) => {
  let n = new Wt(s3.file, { fd: i, start: e });
  t.pipe(n), bo(t, r);
};
var go = (s3, t) => {
  t = Array.from(t);
  let e = new wt(s3), i = (n, o, h) => {
    let a = (T, D) => {
      T ? v.close(n, (E) => h(T)) : h(null, D);
    }, l = 0;
    if (o === 0) return a(null, 0);
    let c = 0, d = Buffer.alloc(512), y = (T, D) => {
      if (T || D === void 0) return a(T);
      if (c += D, c < 512 && D) return v.read(n, d, c, d.length - c, l + c, y);
      if (l === 0 && d[0] === 31 && d[1] === 139) return a(new Error("cannot append to compressed archives"));
      if (c < 512) return a(null, l);
      let E = new F(d);
      if (!E.cksumValid) return a(null, l);
      let x = 512 * Math.ceil((E.size ?? 0) / 512);
      if (l + x + 512 > o || (l += x + 512, l >= o)) return a(null, l);
      s3.mtimeCache && E.mtime && s3.mtimeCache.set(String(E.path), E.mtime), c = 0, v.read(n, d, 0, 512, l, y);
    };
    v.read(n, d, 0, 512, l, y);
  };
  return new Promise((n, o) => {
    e.on("error", o);
    let h = "r+", a = (l, c) => {
      if (l && l.code === "ENOENT" && h === "r+") return h = "w+", v.open(s3.file, h, a);
      if (l || !c) return o(l);
      v.fstat(c, (d, y) => {
        if (d) return v.close(c, () => o(d));
        i(c, y.size, (T, D) => {
          if (T) return o(T);
          let E = new et(s3.file, { fd: c, start: D });
          e.pipe(E), E.on("error", o), E.on("close", n), _o(e, t);
        });
      });
    };
    v.open(s3.file, h, a);
  });
};
var bo = (s3, t) => {
  t.forEach((e) => {
    e.charAt(0) === "@" ? Ct({ file: Pr.resolve(s3.cwd, e.slice(1)), sync: true, noResume: true, onReadEntry: (i) => s3.add(i) }) : s3.add(e);
  }), s3.end();
};
var _o = async (s3, t) => {
  for (let e of t) e.charAt(0) === "@" ? await Ct({ file: Pr.resolve(String(s3.cwd), e.slice(1)), noResume: true, onReadEntry: (i) => s3.add(i) }) : s3.add(e);
  s3.end();
};
var vt = K(yo, go, () => {
  throw new TypeError("file is required");
}, () => {
  throw new TypeError("file is required");
}, (s3, t) => {
  if (!Bs(s3)) throw new TypeError("file is required");
  if (s3.gzip || s3.brotli || s3.zstd || s3.file.endsWith(".br") || s3.file.endsWith(".tbr")) throw new TypeError("cannot append to compressed archives");
  if (!t?.length) throw new TypeError("no paths specified to add/replace");
});
var Oo = K(vt.syncFile, vt.asyncFile, vt.syncNoFile, vt.asyncNoFile, (s3, t = []) => {
  vt.validate?.(s3, t), To(s3);
});
var To = (s3) => {
  let t = s3.filter;
  s3.mtimeCache || (s3.mtimeCache = /* @__PURE__ */ new Map()), s3.filter = t ? (e, i) => t(e, i) && !((s3.mtimeCache?.get(e) ?? i.mtime ?? 0) > (i.mtime ?? 0)) : (e, i) => !((s3.mtimeCache?.get(e) ?? i.mtime ?? 0) > (i.mtime ?? 0));
};

// src/cargo/sources/registry/unpack.ts
init_errors();
var CARGO_OK_CONTENTS = '{"v":1}';
var PACKAGE_SOURCE_LOCK = ".cargo-ok";
var DEFAULT_UNPACK_LIMIT = 512 * 1024 * 1024;
function isUnpacked(srcDir) {
  try {
    const meta = JSON.parse(fs8.readFileSync(path6.join(srcDir, PACKAGE_SOURCE_LOCK), "utf8"));
    return typeof meta === "object" && meta !== null && meta.v === 1;
  } catch {
    return false;
  }
}
var Refused = class extends Error {
};
function components(raw, what) {
  if (raw.startsWith("/")) throw new Refused(`${what} \`${raw}\` is an absolute path`);
  const parts = raw.split("/");
  if (parts[0] === ".") throw new Refused(`${what} \`${raw}\` starts with \`./\``);
  const out = parts.filter((p2) => p2 !== "" && p2 !== ".");
  if (out.includes("..")) throw new Refused(`${what} \`${raw}\` has a \`..\` component`);
  return out;
}
var Unpacker = class {
  constructor(prefix, tmp, limitBytes) {
    this.prefix = prefix;
    this.tmp = tmp;
    this.limitBytes = limitBytes;
  }
  prefix;
  tmp;
  limitBytes;
  files = 0;
  bytes = 0;
  claimedBytes = 0;
  kinds = /* @__PURE__ */ new Map();
  explicit = /* @__PURE__ */ new Set();
  symlinks = [];
  dirs = [];
  umask = process.umask();
  claim(rel, kind, raw) {
    const parts = rel === "" ? [] : rel.split("/");
    for (let i = 1; i < parts.length; i++) {
      const anc = parts.slice(0, i).join("/");
      const k2 = this.kinds.get(anc);
      if (k2 !== void 0 && k2 !== "dir") throw new Refused(`entry \`${raw}\` would go inside \`${anc}\`, which is a ${k2}`);
      this.kinds.set(anc, "dir");
    }
    const had = this.kinds.get(rel);
    if (had !== void 0 && had !== kind) throw new Refused(`entry \`${raw}\` is a ${kind} but the archive already has a ${had} there`);
    if (this.explicit.has(rel)) throw new Refused(`entry \`${raw}\` appears twice`);
    this.explicit.add(rel);
    this.kinds.set(rel, kind);
  }
  /** Validates one header; returns the path (relative to the package root) to write, or undefined to skip. */
  admit(e) {
    const raw = e.path;
    const parts = components(raw, "entry");
    if (parts[0] !== this.prefix) throw new Refused(`entry \`${raw}\` is not under \`${this.prefix}/\``);
    const rel = parts.slice(1).join("/");
    const last = parts[parts.length - 1];
    if (last === PACKAGE_SOURCE_LOCK) {
      if (parts.length === 2) throw new Refused(`entry \`${raw}\` would overwrite cargo's \`${PACKAGE_SOURCE_LOCK}\``);
      return void 0;
    }
    switch (e.type) {
      case "File":
      case "OldFile":
      case "ContiguousFile": {
        if (rel === "") throw new Refused(`entry \`${raw}\` is a file in place of the package directory`);
        this.claim(rel, "file", raw);
        this.claimedBytes += e.size;
        if (this.claimedBytes > this.limitBytes) {
          throw new Refused(`entry \`${raw}\` takes the unpacked size past the limit of ${this.limitBytes} bytes`);
        }
        return { rel, kind: "file" };
      }
      case "Directory":
        this.claim(rel, "dir", raw);
        return { rel, kind: "dir" };
      case "SymbolicLink":
        if (rel === "") throw new Refused(`entry \`${raw}\` is a symlink in place of the package directory`);
        this.claim(rel, "symlink", raw);
        return { rel, kind: "symlink" };
      case "Link":
        if (rel === "") throw new Refused(`entry \`${raw}\` is a hardlink in place of the package directory`);
        this.claim(rel, "file", raw);
        return { rel, kind: "hardlink" };
      default:
        throw new Refused(`entry \`${raw}\` is a ${e.type} (only files, directories and links are allowed)`);
    }
  }
  dest(rel) {
    return rel === "" ? this.tmp : path6.join(this.tmp, ...rel.split("/"));
  }
  made = /* @__PURE__ */ new Set();
  /** mkdir -p once per directory: a crate has far more files than directories. */
  parentOf(file) {
    const dir = path6.dirname(file);
    if (this.made.has(dir)) return;
    fs8.mkdirSync(dir, { recursive: true });
    this.made.add(dir);
  }
  writeFile(rel, data, mode, mtime) {
    const file = this.dest(rel);
    this.parentOf(file);
    fs8.writeFileSync(file, data, { flag: "wx", mode: mode & 511 });
    if (mtime) fs8.utimesSync(file, mtimeOf(mtime), mtimeOf(mtime));
    this.files++;
    this.bytes += data.length;
  }
  hardlink(rel, raw, linkpath) {
    if (!linkpath) throw new Refused(`hardlink \`${raw}\` has no target`);
    const parts = components(linkpath, `hardlink \`${raw}\` target`);
    const target = parts.slice(1).join("/");
    if (parts[0] !== this.prefix || this.kinds.get(target) !== "file" || !this.explicit.has(target) || target === rel) {
      throw new Refused(`hardlink \`${raw}\` points to \`${linkpath}\`, which is not a file unpacked earlier from this package`);
    }
    const file = this.dest(rel);
    this.parentOf(file);
    fs8.linkSync(this.dest(target), file);
    this.files++;
  }
  /** Symlink targets are resolved on paper; safe because no checked path may pass through a symlink. */
  checkSymlink({ rel, target }) {
    const raw = `${this.prefix}/${rel}`;
    if (target === "" || target.startsWith("/")) throw new Refused(`symlink \`${raw}\` points to \`${target}\`, outside the package`);
    const at2 = rel.split("/").slice(0, -1);
    for (const p2 of target.split("/")) {
      if (p2 === "" || p2 === ".") continue;
      if (at2.length > 0 && this.kinds.get(at2.join("/")) === "symlink") {
        throw new Refused(`symlink \`${raw}\` points to \`${target}\`, through another symlink`);
      }
      if (p2 !== "..") at2.push(p2);
      else if (at2.length === 0) throw new Refused(`symlink \`${raw}\` points to \`${target}\`, outside the package`);
      else at2.pop();
    }
  }
  finish() {
    for (const s3 of this.symlinks) this.checkSymlink(s3);
    for (const s3 of this.symlinks) {
      const file = this.dest(s3.rel);
      this.parentOf(file);
      fs8.symlinkSync(s3.target, file);
    }
    fs8.writeFileSync(path6.join(this.tmp, PACKAGE_SOURCE_LOCK), CARGO_OK_CONTENTS);
    const explicitDirs = new Map(this.dirs.map((d) => [d.rel, d]));
    if (!explicitDirs.has("")) explicitDirs.set("", { rel: "", mode: 511 });
    const sorted2 = [...explicitDirs.values()].sort((a, b2) => b2.rel.split("/").length - a.rel.split("/").length || (a.rel < b2.rel ? 1 : -1));
    for (const d of sorted2) {
      const dir = this.dest(d.rel);
      fs8.mkdirSync(dir, { recursive: true });
      if (d.mtime) fs8.utimesSync(dir, mtimeOf(d.mtime), mtimeOf(d.mtime));
      fs8.chmodSync(dir, d.mode & 511 & ~this.umask);
    }
  }
};
function mtimeOf(d) {
  const s3 = Math.floor(d.getTime() / 1e3);
  return s3 === 0 ? 1 : s3;
}
var COMPRESSED_MAGIC = [Buffer.from([31, 139]), Buffer.from([40, 181, 47, 253])];
function readArchive(crateFile, u2) {
  return new Promise((resolve7, reject) => {
    let settled = false;
    let inflated = 0;
    let head = Buffer.alloc(0);
    const input = fs8.createReadStream(crateFile);
    const gunzip = zlib.createGunzip();
    const parser = new rt({ strict: true });
    const fail = (e) => {
      if (settled) return;
      settled = true;
      input.destroy();
      gunzip.destroy();
      parser.abort(e instanceof Error ? e : new Error(String(e)));
      reject(e);
    };
    const guard = (fn) => {
      if (settled) return;
      try {
        fn();
      } catch (e) {
        fail(e);
      }
    };
    parser.on(
      "entry",
      (e) => guard(() => {
        const admitted = u2.admit(e);
        if (!admitted || admitted.kind === "dir" || admitted.kind === "symlink") {
          if (admitted?.kind === "dir") u2.dirs.push({ rel: admitted.rel, mode: e.mode ?? 493, mtime: e.mtime });
          if (admitted?.kind === "symlink") u2.symlinks.push({ rel: admitted.rel, target: e.linkpath ?? "" });
          e.resume();
          return;
        }
        if (admitted.kind === "hardlink") {
          u2.hardlink(admitted.rel, e.path, e.linkpath);
          e.resume();
          return;
        }
        const chunks = [];
        e.on("data", (c) => chunks.push(c));
        e.on("end", () => guard(() => u2.writeFile(admitted.rel, Buffer.concat(chunks), e.mode ?? 420, e.mtime)));
      })
    );
    parser.on("ignoredEntry", (e) => guard(() => {
      throw new Refused(`entry \`${e.path}\` is a ${e.type} (only files, directories and links are allowed)`);
    }));
    parser.on("warn", (code, message) => guard(() => {
      throw new Refused(`the archive is malformed (${code}: ${message})`);
    }));
    parser.on("error", (e) => fail(e instanceof Refused ? e : new Refused(`the archive is malformed (${e.message})`)));
    parser.on("end", () => {
      if (settled) return;
      settled = true;
      resolve7();
    });
    parser.on("drain", () => gunzip.resume());
    gunzip.on(
      "data",
      (c) => guard(() => {
        inflated += c.length;
        if (inflated > u2.limitBytes) {
          parser.write(c.subarray(0, Math.max(0, c.length - (inflated - u2.limitBytes))));
          if (settled) return;
          throw new Refused(`the archive inflates past the limit of ${u2.limitBytes} bytes`);
        }
        if (head) {
          head = Buffer.concat([head, c]);
          if (head.length < 4) return;
          if (COMPRESSED_MAGIC.some((m2) => head.subarray(0, m2.length).equals(m2))) throw new Refused("the archive is compressed twice");
          c = head;
          head = void 0;
        }
        if (!parser.write(c)) gunzip.pause();
      })
    );
    gunzip.on("end", () => guard(() => {
      if (head && head.length > 0) parser.write(head);
      parser.end();
    }));
    gunzip.on("error", (e) => fail(new Refused(`the archive is not valid gzip (${e.message})`)));
    input.on("error", (e) => fail(e));
    input.pipe(gunzip);
  });
}
async function unpackCrate(opts) {
  const { crateFile, srcDir, name, version, limitBytes = DEFAULT_UNPACK_LIMIT } = opts;
  const prefix = `${name}-${version}`;
  const pkg = `\`${name} v${version}\``;
  if (!path6.isAbsolute(srcDir) || path6.basename(srcDir) !== prefix) {
    throw new CargoError("usage", `cannot unpack ${pkg} into ${srcDir}: expected an absolute path ending in ${prefix}`);
  }
  if (isUnpacked(srcDir)) return { files: 0, bytes: 0 };
  const parent = path6.dirname(srcDir);
  let tmp;
  try {
    fs8.mkdirSync(parent, { recursive: true });
    tmp = fs8.mkdtempSync(path6.join(parent, `.${prefix}.unpack-`));
  } catch (e) {
    throw new CargoError("io", `cannot unpack ${pkg}: ${e.message}`);
  }
  const u2 = new Unpacker(prefix, tmp, limitBytes);
  try {
    await readArchive(crateFile, u2);
    u2.finish();
    fs8.rmSync(srcDir, { recursive: true, force: true });
    try {
      fs8.renameSync(tmp, srcDir);
    } catch (e) {
      if (!isUnpacked(srcDir)) throw e;
      return { files: 0, bytes: 0 };
    }
    return { files: u2.files, bytes: u2.bytes };
  } catch (e) {
    if (e instanceof Refused) {
      throw new CargoError("io", `failed to unpack package ${pkg}: invalid tarball: ${e.message}`, { file: crateFile });
    }
    const err = e;
    throw new CargoError("io", `failed to unpack package ${pkg}: ${err.code === "ENOENT" && err.path === crateFile ? `${crateFile} does not exist` : err.message}`, {
      file: crateFile
    });
  } finally {
    fs8.rmSync(tmp, { recursive: true, force: true });
  }
}

// src/cargo/sources/temp_files.ts
import * as fs10 from "node:fs";
import * as path8 from "node:path";

// src/cargo/core/gc.ts
import * as fs9 from "node:fs";
import * as path7 from "node:path";
function listFiles(root, rel) {
  const out = [];
  const walk = (r) => {
    let entries2;
    try {
      entries2 = fs9.readdirSync(path7.join(root, r), { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries2) {
      const child = `${r}/${e.name}`;
      if (e.isDirectory()) walk(child);
      else out.push(child);
    }
  };
  walk(rel);
  return out;
}

// src/cargo/sources/temp_files.ts
var TEMP = /^\.(.+)\.(\d+)-[0-9a-f]+\.tmp$/;
function sweepDeadTempFiles(cargoHome2, rel) {
  const removed = [];
  for (const file of listFiles(cargoHome2, rel)) {
    const m2 = TEMP.exec(path8.posix.basename(file));
    if (!m2 || alive(Number(m2[2]))) continue;
    fs10.rmSync(path8.join(cargoHome2, file), { force: true });
    removed.push(file);
  }
  return removed;
}
function alive(pid) {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === "EPERM";
  }
}

// src/cargo/ops/cargo_fetch.ts
init_errors();

// src/cargo/util/flock.ts
init_errors();
import { spawn as spawn2 } from "node:child_process";
import * as fs11 from "node:fs";
import * as path9 from "node:path";
async function lockExclusive(file, timeoutMs = 6e5, onWait) {
  fs11.mkdirSync(path9.dirname(file), { recursive: true });
  let child;
  try {
    child = spawn2("flock", ["--exclusive", "--wait", String(Math.ceil(timeoutMs / 1e3)), file, "cat"], {
      stdio: ["pipe", "pipe", "ignore"]
    });
  } catch {
    return { held: false, release: async () => void 0 };
  }
  const held = await new Promise((resolve7, reject) => {
    const waiting = setTimeout(() => onWait?.(), 1e3);
    child.once("error", () => (clearTimeout(waiting), resolve7(false)));
    child.once("exit", (code) => {
      clearTimeout(waiting);
      if (code === 1) reject(new CargoError("io", `timed out after ${timeoutMs / 1e3} s waiting for the lock on ${file}`));
      else resolve7(false);
    });
    child.stdout.once("data", () => (clearTimeout(waiting), resolve7(true)));
    child.stdin.write("locked\n");
  });
  if (!held) return { held: false, release: async () => void 0 };
  child.removeAllListeners("exit");
  return {
    held: true,
    release: () => new Promise((resolve7) => {
      if (child.exitCode !== null) return resolve7();
      child.once("exit", () => resolve7());
      child.stdin.end();
    })
  };
}

// src/cargo/ops/fetch_progress.ts
function mib(bytes) {
  return `${(bytes / (1 << 20)).toFixed(1)} MiB`;
}
var FetchProgress = class {
  constructor(counts, log, intervalMs = 2e3) {
    this.counts = counts;
    this.log = log;
    if (counts.total > 0) {
      this.timer = setInterval(() => this.log(this.line()), intervalMs);
      this.timer.unref();
    }
  }
  counts;
  log;
  t0 = performance.now();
  timer;
  line() {
    return `fetched ${this.counts.done}/${this.counts.total} crates, ${mib(this.counts.bytes)}`;
  }
  finish(extra = "") {
    if (this.timer) clearInterval(this.timer);
    const s3 = ((performance.now() - this.t0) / 1e3).toFixed(1);
    const line = `${this.line()} in ${s3} s${extra}`;
    this.log(line);
    return line;
  }
};

// src/cargo/ops/verify_cache.ts
import { createHash as createHash2 } from "node:crypto";
import * as fs12 from "node:fs";
function sha256File(file) {
  const h = createHash2("sha256");
  const fd = fs12.openSync(file, "r");
  try {
    const buf = Buffer.allocUnsafe(1 << 16);
    for (let n; (n = fs12.readSync(fd, buf, 0, buf.length, null)) > 0; ) h.update(buf.subarray(0, n));
  } finally {
    fs12.closeSync(fd);
  }
  return h.digest("hex");
}

// src/cargo/ops/cargo_fetch.ts
async function fetchPlans(plans, layout, opts = {}) {
  const t0 = performance.now();
  const log = opts.log ?? (() => void 0);
  const report = { downloaded: 0, bytes: 0, indexFiles: 0, unpacked: 0, gitFetched: 0, fallback: [], ms: 0 };
  const packages = unique(plans);
  const http = new HttpClient({ concurrency: opts.concurrency ?? DEFAULT_CONCURRENCY, timeoutMs: opts.timeoutMs });
  const registries = /* @__PURE__ */ new Map();
  const git2 = [];
  for (const p2 of packages) {
    if (p2.layout.kind === "git") git2.push(p2);
    else {
      const l = p2.layout;
      const r = registries.get(l.dir) ?? { source: l.source, pkgs: [] };
      r.pkgs.push(p2);
      registries.set(l.dir, r);
    }
  }
  const lock = await lockExclusive(
    path10.join(layout.cargoHome, ".package-cache"),
    6e5,
    () => log("Blocking waiting for file lock on package cache")
  );
  try {
    const work = [];
    for (const [dir, r] of registries) {
      if (!r.source.isSparse()) {
        const missing = r.pkgs.filter((p2) => !fs13.existsSync(layout.abs(p2.layout.crate)));
        if (missing.length) report.fallback.push(`${r.source.toLockfileString()} is not a sparse registry (${missing.length} crate(s) left to cargo fetch)`);
        continue;
      }
      work.push(fetchRegistry(dir, r.source, r.pkgs, layout, http, opts, report, log));
    }
    const gitGate = limit(4);
    for (const p2 of git2) work.push(gitGate(() => fetchGit(p2, layout, report)));
    const results = await Promise.allSettled(work);
    const failed = results.find((x) => x.status === "rejected");
    if (failed) throw failed.reason;
  } finally {
    await lock.release();
  }
  report.ms = performance.now() - t0;
  return report;
}
async function fetchRegistry(dir, source, pkgs, layout, http, opts, report, log) {
  sweepDeadTempFiles(layout.cargoHome, `registry/cache/${dir}`);
  sweepDeadTempFiles(layout.cargoHome, `registry/index/${dir}/.cache`);
  const indexUrl = source.url.replace(/^sparse\+/, "");
  const registry = new HttpRegistry({ indexUrl, cargoHome: layout.cargoHome, dir, token: opts.token?.(source.url), http });
  const needIndex = pkgs.filter((p2) => !hasIndexLine(layout.abs(p2.layout.index), p2.version)).map((p2) => p2.name);
  const needCrate = pkgs.filter((p2) => {
    const file = layout.abs(p2.layout.crate);
    return opts.cratesVerified ? !fs13.existsSync(file) : !verified(file, p2.checksum);
  });
  const needSrc = pkgs.filter((p2) => !isUnpacked(layout.abs(p2.layout.src)));
  if (!needIndex.length && !needCrate.length && !needSrc.length && fs13.existsSync(path10.join(registry.indexDir(), "config.json"))) return;
  const config = await registry.config();
  if (needIndex.length) {
    await registry.updateIndexFiles(needIndex);
    report.indexFiles += new Set(needIndex.map((n) => n.toLowerCase())).size;
  }
  const counts = { done: 0, total: needCrate.length, bytes: 0 };
  const progress = new FetchProgress(counts, log, opts.progressIntervalMs);
  const gate = limit(4);
  const unpack = (p2) => gate(async () => {
    const r = await unpackCrate({ crateFile: layout.abs(p2.layout.crate), srcDir: layout.abs(p2.layout.src), name: p2.name, version: p2.version });
    if (r.files) report.unpacked++;
  });
  const downloading = new Set(needCrate);
  const unpacking = new Set(needSrc);
  try {
    await settleAll([
      ...needCrate.map(async (p2) => {
        if (!p2.checksum) throw new CargoError("lockfile", `\`${p2.name} v${p2.version}\` has no checksum in Cargo.lock; refusing to download it unverified`);
        const got = await registry.download({ name: p2.name, version: p2.version, checksum: p2.checksum }, config);
        counts.done++;
        counts.bytes += got.bytes;
        if (unpacking.has(p2)) await unpack(p2);
      }),
      ...needSrc.filter((p2) => !downloading.has(p2)).map(unpack)
    ]);
  } finally {
    report.downloaded += counts.done;
    report.bytes += counts.bytes;
    if (counts.total) progress.finish();
  }
}
async function fetchGit(p2, layout, report) {
  const { SourceId: SourceId3 } = await Promise.resolve().then(() => (init_source_id(), source_id_exports));
  const id = SourceId3.parseLockfileSource(p2.source);
  if (!id.precise) throw new CargoError("lockfile", `git package \`${p2.name} v${p2.version}\` has no locked revision (#sha) in Cargo.lock`);
  const dbPath = layout.abs(p2.layout.db);
  const r = await fetchDatabase({ url: id.url, dbPath, rev: id.precise, reference: id.gitReference ?? { kind: "default" } });
  if (r.fetched) report.gitFetched++;
  await checkout({ dbPath, rev: id.precise, checkoutPath: layout.abs(p2.layout.checkout), url: id.url });
}
async function settleAll(ps2) {
  const results = await Promise.allSettled(ps2);
  const failed = results.filter((r) => r.status === "rejected");
  if (!failed.length) return;
  const first = failed[0].reason;
  if (failed.length > 1 && first instanceof CargoError) {
    throw new CargoError(first.kind, `${first.message} (and ${failed.length - 1} more failure(s))`, first.location);
  }
  throw first;
}
function unique(plans) {
  const seen = /* @__PURE__ */ new Map();
  for (const plan of plans) for (const p2 of plan.packages) seen.set(p2.layout.kind === "git" ? p2.layout.checkout : p2.layout.crate, p2);
  return [...seen.values()];
}
function hasIndexLine(file, version) {
  try {
    return readIndexCacheLine(file, version) !== void 0;
  } catch {
    return false;
  }
}
function verified(file, checksum) {
  if (!fs13.existsSync(file)) return false;
  if (checksum && sha256File(file) === checksum) return true;
  fs13.rmSync(file, { force: true });
  return false;
}
function describeFetch(r) {
  return `native fetch: ${r.downloaded} crate(s), ${mib(r.bytes)}, ${r.indexFiles} index file(s), ${r.unpacked} unpacked, ${r.gitFetched} git fetch(es) in ${(r.ms / 1e3).toFixed(1)} s`;
}

// src/cargo/ops/layout_plan.ts
import * as fs14 from "node:fs";

// src/cargo/core/resolver/encode.ts
init_errors();

// src/cargo/core/resolver/encodable_package_id.ts
var import_semver = __toESM(require_semver2(), 1);
init_errors();

// src/cargo/core/resolver/encodable_source_id.ts
init_errors();
init_source_id();
function parseEncodableSourceId(raw, loc) {
  try {
    return { raw, id: SourceId.parseLockfileSource(raw, loc) };
  } catch (e) {
    if (e instanceof CargoError) throw new CargoError("lockfile", e.message, loc);
    throw e;
  }
}
function sameSource(a, b2, lockfileVersion) {
  return sourceKey(a, lockfileVersion) === sourceKey(b2, lockfileVersion);
}
function sourceKey(id, lockfileVersion) {
  const ref = id.gitReference;
  if (lockfileVersion <= 2 && ref?.kind === "branch" && ref.name === "master") {
    return SourceId.forGit(id.url).key();
  }
  return id.key();
}

// src/cargo/core/resolver/encodable_package_id.ts
function parseEncodablePackageId(s3, loc) {
  const first = s3.indexOf(" ");
  const name = first < 0 ? s3 : s3.slice(0, first);
  if (name === "") throw new CargoError("lockfile", `invalid serialized PackageId \`${s3}\``, loc);
  if (first < 0) return { name };
  const rest = s3.slice(first + 1);
  const second = rest.indexOf(" ");
  const version = second < 0 ? rest : rest.slice(0, second);
  if (second < 0) return { name, version };
  const src = rest.slice(second + 1);
  if (!src.startsWith("(") || !src.endsWith(")") || src.length < 2) {
    throw new CargoError("lockfile", `invalid serialized PackageId \`${s3}\``, loc);
  }
  return { name, version, source: parseEncodableSourceId(src.slice(1, -1), loc) };
}
function parseDependency(raw, loc) {
  const id = parseEncodablePackageId(raw, loc);
  return { name: id.name, version: id.version, source: id.source?.raw, raw, line: loc.line };
}
var SEMVER2 = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
function isSemverVersion(v2) {
  return SEMVER2.test(v2);
}

// src/cargo/core/resolver/resolve_lookup.ts
init_errors();
var NONE = Object.freeze([]);
var ResolveLookup = class {
  constructor(resolve7) {
    this.resolve = resolve7;
    resolve7.packages.forEach((p2, i) => {
      const list = this.byName.get(p2.name);
      if (list) list.push(i);
      else this.byName.set(p2.name, [i]);
    });
  }
  resolve;
  /** Positions in `resolve.packages`, per name. */
  byName = /* @__PURE__ */ new Map();
  sources = /* @__PURE__ */ new Map();
  /** Positions in `resolve.packages` of the packages called `name`, in lockfile order. */
  indicesOf(name) {
    return this.byName.get(name) ?? NONE;
  }
  /** Every name with more than one package. */
  *repeatedNames() {
    for (const list of this.byName.values()) if (list.length > 1) yield list;
  }
  /** Parsed source of a package (or dependency); cached since lockfiles repeat them a lot. */
  source(raw, line) {
    let s3 = this.sources.get(raw);
    if (!s3) {
      s3 = parseEncodableSourceId(raw, { file: this.resolve.file, line });
      this.sources.set(raw, s3);
    }
    return s3;
  }
  /** Like `find`, but undefined where cargo would skip the edge. */
  tryFind(dep) {
    const i = this.tryFindIndex(dep);
    return i < 0 ? void 0 : this.resolve.packages[i];
  }
  /** Like `findIndex`, but -1 where cargo would skip the edge. */
  tryFindIndex(dep) {
    try {
      return this.findIndex(dep);
    } catch (e) {
      if (e instanceof CargoError) return -1;
      throw e;
    }
  }
  /** The package `dep` names, or a CargoError saying why there is none. */
  find(dep) {
    return this.resolve.packages[this.findIndex(dep)];
  }
  /** `find`, as a position in `resolve.packages`. */
  findIndex(dep) {
    const named = this.byName.get(dep.name);
    if (named && dep.source === void 0) {
      const pk = this.resolve.packages;
      if (named.length === 1 && (dep.version === void 0 || dep.version === pk[named[0]].version)) return named[0];
      if (dep.version !== void 0) {
        let hit = -1;
        let count = 0;
        for (const i of named) if (pk[i].version === dep.version) hit = i, count++;
        if (count === 1) return hit;
      }
    }
    return this.findSlow(dep, named);
  }
  findSlow(dep, named) {
    const pk = this.resolve.packages;
    const loc = { file: this.resolve.file, line: dep.line };
    const fail = (why) => {
      throw new CargoError("lockfile", `dependency \`${dep.raw}\` ${why}`, loc);
    };
    if (!named) {
      throw new CargoError(
        "lockfile",
        `package \`${dep.name}\` is specified as a dependency, but is missing from the package list`,
        loc
      );
    }
    let byVersion = named;
    if (dep.version !== void 0) {
      byVersion = named.filter((i) => pk[i].version === dep.version);
      if (byVersion.length === 0) fail(`names version ${dep.version}, which is missing from the package list`);
    } else if (new Set(named.map((i) => pk[i].version)).size > 1) {
      fail(`is ambiguous: the lockfile has several versions of \`${dep.name}\``);
    }
    if (dep.source !== void 0) {
      const want = this.source(dep.source, dep.line).id;
      const hit = byVersion.find((i) => {
        const src = pk[i].source;
        return src !== void 0 && sameSource(this.source(src, pk[i].line).id, want, this.resolve.version);
      });
      return hit ?? fail(`names source ${dep.source}, which is missing from the package list`);
    }
    const paths = byVersion.filter((i) => pk[i].source === void 0);
    if (paths.length === 1) return paths[0];
    if (paths.length === 0 && byVersion.length === 1) return byVersion[0];
    return fail(`is ambiguous: several \`${dep.name}\` packages match`);
  }
};

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s3 = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s3 : s3;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j2 = 0; j2 < len; j2++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str = str.replaceAll("_", "");
  return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str = str.replaceAll("_", "");
  return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k2;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k2] : t[k2] = /* @__PURE__ */ Object.create(null);
      k2 = key[i];
      if ((hasOwn = Object.hasOwn(t, k2)) && (typeof t[k2] !== "object" || seen.has(t[k2]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k2 === "__proto__";
      if (ctx.uk && (unsafe || k2 === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k2, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k2] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table;
  let m2 = meta;
  let k2;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k2] : t[k2] = /* @__PURE__ */ Object.create(null);
      m2 = (state = m2[k2]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m2 = m2[l].c;
      }
    }
    k2 = key[i];
    if ((hasOwn = Object.hasOwn(t, k2)) && m2[k2]?.t === 0 && m2[k2]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k2 === "__proto__";
      if (ctx.uk && (unsafe || k2 === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k2, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m2, k2, { enumerable: true, configurable: true, writable: true });
      }
      m2[k2] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m2[k2];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k2] = [];
    }
    t[k2].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k2] : t[k2] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k2, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m2 = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k2 = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p2 = peekTable(
        ctx,
        k2,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p2) {
        validateTablePeek(ctx, p2, tmp);
        skipping = true;
      } else {
        m2 = p2[2];
        tbl = p2[1];
      }
    } else {
      tmp = ctx.p;
      let k2 = parseKey(ctx);
      let p2 = peekTable(
        ctx,
        k2,
        tbl,
        m2,
        0
        /* Type.DOTTED */
      );
      if (!p2 && !skipping)
        validateTablePeek(ctx, p2, tmp);
      skipVoid(ctx, true, true);
      let v2 = extractValue(ctx, void 0);
      if (p2 && !skipping)
        p2[1][p2[0]] = v2;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// src/cargo/core/resolver/into_resolve.ts
init_errors();

// src/cargo/core/resolver/lockfile_lines.ts
var LockfileLines = class {
  lines;
  packageHeaders = [];
  patchUnusedHeaders = [];
  rootHeader;
  versionKey;
  metadataHeader;
  ends = /* @__PURE__ */ new Map();
  constructor(text) {
    this.lines = text.split("\n");
    let inTable = false;
    this.lines.forEach((l, i) => {
      const line = i + 1;
      if (/^\s*\[\[\s*package\s*\]\]/.test(l)) this.packageHeaders.push(line);
      else if (/^\s*\[\[\s*patch\s*\.\s*unused\s*\]\]/.test(l)) this.patchUnusedHeaders.push(line);
      else if (/^\s*\[\s*root\s*\]/.test(l)) this.rootHeader = line;
      else if (/^\s*\[\s*metadata\s*\]/.test(l)) this.metadataHeader = line;
      else if (!inTable && /^\s*version\s*=/.test(l)) this.versionKey = line;
      if (/^\s*\[/.test(l)) inTable = true;
    });
  }
  keyLine(header, key) {
    return this.find(key, header, this.tableEnd(header));
  }
  elementLine(header, _key, _index, needle) {
    return this.find(JSON.stringify(needle), header, this.tableEnd(header));
  }
  /** First line in [from, to) holding `needle` (e.g. a quoted dependency string), else `from`. */
  find(needle, from, to2 = this.lines.length + 1) {
    for (let line = from; line < to2 && line <= this.lines.length; line++) {
      if (this.lines[line - 1].includes(needle)) return line;
    }
    return from;
  }
  /** Where the table that starts at `header` ends (the next header, or EOF). */
  tableEnd(header) {
    let end = this.ends.get(header);
    if (end === void 0) {
      end = this.lines.length + 1;
      for (let line = header + 1; line <= this.lines.length; line++) {
        if (/^\s*\[/.test(this.lines[line - 1])) {
          end = line;
          break;
        }
      }
      this.ends.set(header, end);
    }
    return end;
  }
};

// src/cargo/core/resolver/lockfile_scan.ts
var BARE_KEY = /^[A-Za-z0-9_-]+$/;
var INTEGER = /^(?:0|[1-9][0-9]*)$/;
var ScannedPositions = class {
  packageHeaders = [];
  patchUnusedHeaders = [];
  rootHeader = void 0;
  versionKey;
  metadataHeader;
  /** Header line -> line of its `dependencies` key; other keys by `header:key` (decoding reports only on these). */
  dependencies = /* @__PURE__ */ new Map();
  keys = /* @__PURE__ */ new Map();
  record(header, key, line) {
    if (key === "dependencies") this.dependencies.set(header, line);
    else if (key === "replace") this.keys.set(`${header}:${key}`, line);
  }
  keyLine(header, key) {
    return (key === "dependencies" ? this.dependencies.get(header) : this.keys.get(`${header}:${key}`)) ?? header;
  }
  elementLine(header, key, index) {
    const at2 = this.keyLine(header, key);
    return at2 === header ? header : at2 + 1 + index;
  }
};
function plainString(s3, from, end) {
  if (end - from < 2 || s3.charCodeAt(from) !== 34 || s3.charCodeAt(end - 1) !== 34) return void 0;
  for (let i = from + 1; i < end - 1; i++) {
    const c = s3.charCodeAt(i);
    if (c === 34 || c === 92 || c === 127 || c < 32 && c !== 9) return void 0;
  }
  return s3.slice(from + 1, end - 1);
}
function isCommentText(s3, from, end) {
  for (let i = from; i < end; i++) {
    const c = s3.charCodeAt(i);
    if (c === 127 || c < 32 && c !== 9) return false;
  }
  return true;
}
function scanLockfile(text) {
  if (text.includes("\r")) return void 0;
  const doc = {};
  const pos = new ScannedPositions();
  let table = doc;
  let header = 0;
  let array;
  let inTables = false;
  let line = 0;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    line++;
    const first = text.charCodeAt(start);
    if (array) {
      if (end - start === 1 && first === 93) array = void 0;
      else {
        if (first !== 32 || text.charCodeAt(end - 1) !== 44) return void 0;
        const v2 = plainString(text, start + 1, end - 1);
        if (v2 === void 0) return void 0;
        array.push(v2);
      }
    } else if (end === start) {
    } else if (first === 35) {
      if (!isCommentText(text, start + 1, end)) return void 0;
    } else if (first === 91) {
      const name = text.slice(start, end);
      inTables = true;
      header = line;
      if (name === "[[package]]") {
        table = {};
        const list = doc.package ??= [];
        if (!Array.isArray(list)) return void 0;
        list.push(table);
        pos.packageHeaders.push(line);
      } else if (name === "[[patch.unused]]") {
        const patch = doc.patch ??= {};
        const list = patch.unused ??= [];
        table = {};
        list.push(table);
        pos.patchUnusedHeaders.push(line);
      } else if (name === "[metadata]" && doc.metadata === void 0) {
        table = doc.metadata = {};
        pos.metadataHeader = line;
      } else return void 0;
    } else {
      const eq = text.indexOf(" = ", start);
      if (eq < 0 || eq >= end) return void 0;
      let key;
      if (first === 34) key = plainString(text, start, eq);
      else {
        key = text.slice(start, eq);
        if (!BARE_KEY.test(key)) return void 0;
      }
      if (key === void 0 || key === "__proto__" || Object.hasOwn(table, key)) return void 0;
      const v2 = eq + 3;
      if (!inTables) {
        const n = text.slice(v2, end);
        if (key !== "version" || !INTEGER.test(n) || n.length > 15) return void 0;
        doc.version = Number(n);
        pos.versionKey = line;
      } else if (end - v2 === 1 && text.charCodeAt(v2) === 91) {
        array = [];
        table[key] = array;
        pos.record(header, key, line);
      } else {
        const s3 = plainString(text, v2, end);
        if (s3 === void 0) return void 0;
        table[key] = s3;
        pos.record(header, key, line);
      }
    }
    start = end + 1;
    if (end === text.length) break;
  }
  if (array) return void 0;
  return { doc, positions: pos };
}

// src/cargo/core/resolver/into_resolve.ts
var MARKER_LINE = "# This file is automatically @generated by Cargo.";
var EXTRA_LINE = "# It is not intended for manual editing.";
function decodeLockfile(text, file) {
  const scanned = scanLockfile(text);
  const doc = scanned?.doc ?? parseToml(text, file);
  const lines = scanned?.positions ?? new LockfileLines(text);
  const err = (msg, line) => {
    throw new CargoError("lockfile", msg, { file, line });
  };
  let version = 1;
  if (doc.version !== void 0) {
    const n = doc.version;
    if (typeof n !== "number" || !Number.isInteger(n) || n < 0) err("invalid type for `version`: expected an integer", lines.versionKey);
    if (n !== 3 && n !== 4) {
      err(
        `lock file version \`${String(n)}\` was found, but this version of Cargo does not understand this lock file, perhaps Cargo needs to be updated?`,
        lines.versionKey
      );
    }
    version = n;
  }
  const tables = arrayOfTables(doc.package, "package", lines.packageHeaders, err);
  if (doc.root !== void 0) {
    if (!isTable(doc.root)) err("`root` must be a table", lines.rootHeader);
    tables.unshift({ table: doc.root, line: lines.rootHeader ?? 1 });
  }
  const packages = tables.map(({ table, line }) => decodePackage(table, line, file, lines, err));
  const resolve7 = { version, packages, metadata: {}, patchUnused: [], file };
  const lookup = new ResolveLookup(resolve7);
  const dup = firstDuplicate(packages, lookup);
  if (dup) err(`package \`${dup.p.name}\` is specified twice in the lockfile (also at line ${dup.q.line})`, dup.p.line);
  if (version < 2 && packages.some((p2) => p2.checksum !== void 0)) version = 2;
  resolve7.version = version;
  const place = (d) => {
    const target = lookup.tryFind(d);
    if (!target) return;
    if (d.version === void 0 || d.source === void 0 && target.source !== void 0) {
      if (version < 2) version = 2;
    }
  };
  if (version < 2) {
    for (const p2 of packages) {
      p2.dependencies.forEach(place);
      if (p2.replace !== void 0) place(parseDependency(p2.replace, { file, line: p2.line }));
    }
  }
  resolve7.metadata = decodeMetadata(doc.metadata, lines.metadataHeader, err);
  applyMetadataChecksums(resolve7, lookup, version, lines.metadataHeader ?? 1);
  if (doc.patch !== void 0) {
    if (!isTable(doc.patch)) err("`patch` must be a table");
    const unused = arrayOfTables(doc.patch.unused, "patch.unused", lines.patchUnusedHeaders, err);
    resolve7.patchUnused = unused.map(({ table, line }) => decodePackage(table, line, file, lines, err));
  }
  if (text.endsWith("\n") && !text.endsWith("\n\n") && version === 1 && packages.length === 1) version = 2;
  resolve7.version = version;
  resolve7.headerComments = extraHeaderComments(text);
  return resolve7;
}
function firstDuplicate(packages, lookup) {
  let found;
  for (const group of lookup.repeatedNames()) {
    for (let a = 1; a < group.length && !(found && group[a] > found.at); a++) {
      const p2 = packages[group[a]];
      const q2 = group.slice(0, a).map((i) => packages[i]).find((q3) => q3.version === p2.version && (q3.source === void 0 || p2.source === void 0 ? q3.source === p2.source : sameSource(lookup.source(q3.source, q3.line).id, lookup.source(p2.source, p2.line).id, 4)));
      if (q2) {
        found = { p: p2, q: q2, at: group[a] };
        break;
      }
    }
  }
  return found;
}
function parseToml(text, file) {
  try {
    return parse(text);
  } catch (e) {
    if (e instanceof TomlError) {
      throw new CargoError("lockfile", `invalid TOML: ${e.message.split("\n")[0]}`, { file, line: e.line, col: e.column });
    }
    throw e;
  }
}
function decodePackage(t, line, file, lines, err) {
  const str = (key, required) => {
    const v2 = t[key];
    if (v2 === void 0) return required ? err(`missing field \`${key}\` in package entry`, line) : void 0;
    if (typeof v2 !== "string") return err(`invalid type for \`${key}\`: expected a string`, line);
    return v2;
  };
  const name = str("name", true);
  const version = str("version", true);
  if (!isSemverVersion(version)) err(`invalid version \`${version}\` for package \`${name}\`: not a semver version`, line);
  const source = str("source", false);
  const checksum = str("checksum", false);
  const replace = str("replace", false);
  const deps = t.dependencies ?? [];
  if (!Array.isArray(deps)) err(`invalid type for \`dependencies\` of \`${name}\`: expected an array`, line);
  const dependencies = deps.map((d, i) => {
    if (typeof d !== "string") return err(`invalid dependency of \`${name}\`: expected a string`, line);
    return parseDependency(d, { file, line: lines.elementLine(line, "dependencies", i, d) });
  });
  if (replace !== void 0) parseEncodablePackageId(replace, { file, line: lines.keyLine(line, "replace") });
  return { name, version, source, checksum, dependencies, replace, line };
}
function arrayOfTables(v2, what, headers, err) {
  if (v2 === void 0) return [];
  if (!Array.isArray(v2)) return err(`\`${what}\` must be an array of tables`);
  return v2.map((t, i) => {
    if (!isTable(t)) err(`\`${what}\` entry ${i + 1} must be a table`, headers[i]);
    return { table: t, line: headers[i] ?? 1 };
  });
}
function decodeMetadata(v2, line, err) {
  if (v2 === void 0) return {};
  if (!isTable(v2)) return err("`metadata` must be a table", line);
  const out = {};
  for (const [k2, val] of Object.entries(v2)) {
    if (typeof val !== "string") err(`invalid type for metadata key \`${k2}\`: expected a string`, line);
    out[k2] = val;
  }
  return out;
}
function applyMetadataChecksums(resolve7, lookup, version, line) {
  const found = /* @__PURE__ */ new Map();
  for (const [k2, v2] of Object.entries(resolve7.metadata)) {
    if (!k2.startsWith("checksum ")) continue;
    const raw = k2.slice("checksum ".length);
    const id = parseEncodablePackageId(raw, { file: resolve7.file, line });
    let pkg;
    try {
      pkg = lookup.find({ name: id.name, version: id.version, source: id.source?.raw, raw, line });
    } catch (e) {
      if (e instanceof CargoError) continue;
      throw e;
    }
    found.set(pkg, v2 === "<none>" ? void 0 : v2);
  }
  if (found.size === 0 && !Object.keys(resolve7.metadata).some((k2) => k2.startsWith("checksum "))) return;
  if (version >= 2) {
    for (const p2 of resolve7.packages) p2.checksum = void 0;
    return;
  }
  for (const [p2, sum] of found) p2.checksum = sum;
}
function extraHeaderComments(text) {
  const comments = [];
  for (let start = 0; text.startsWith("#", start); ) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    comments.push(text.slice(start, text.charCodeAt(end - 1) === 13 ? end - 1 : end));
    if (nl < 0) break;
    start = nl + 1;
  }
  const out = [];
  if (comments.length > 0 && comments[0] !== MARKER_LINE) out.push(comments[0]);
  if (comments.length > 1) {
    if (comments[1] !== EXTRA_LINE) out.push(comments[1]);
    out.push(...comments.slice(2));
  }
  return out;
}
function isTable(v2) {
  return typeof v2 === "object" && v2 !== null && !Array.isArray(v2) && !(v2 instanceof Date);
}

// src/cargo/core/resolver/resolve.ts
var Resolve = class _Resolve {
  constructor(encodable) {
    this.encodable = encodable;
    this.lookup = new ResolveLookup(encodable);
  }
  encodable;
  /** In Cargo.lock order; `list[p.index] === p`. */
  list = [];
  lookup;
  /**
   * As cargo's `into_resolve`: a source-less package that is not one of the
   * workspace's path packages is dropped ("path dependency now missing"),
   * and edges that name no package are skipped.
   */
  static fromEncodable(all, pathPackageNames) {
    const enc = pathPackageNames ? { ...all, packages: all.packages.filter((p2) => p2.source !== void 0 || pathPackageNames.has(p2.name)) } : all;
    const r = new _Resolve(enc);
    const list = r.list;
    for (const p2 of enc.packages) {
      list.push({
        index: list.length,
        id: { name: p2.name, version: p2.version, source: p2.source },
        sourceId: p2.source ? r.lookup.source(p2.source, p2.line).id : void 0,
        checksum: p2.checksum,
        deps: [],
        edges: [],
        line: p2.line,
        encodable: p2
      });
    }
    for (const node of list) {
      const ds2 = node.encodable.dependencies;
      const edges = new Array(ds2.length);
      let missing = 0;
      for (let i = 0; i < ds2.length; i++) {
        const at2 = r.lookup.tryFindIndex(ds2[i]);
        if (at2 < 0) missing++;
        edges[i] = at2 < 0 ? void 0 : list[at2];
      }
      node.edges = edges;
      node.deps = missing ? edges.filter((e) => e !== void 0) : edges;
    }
    return r;
  }
  get file() {
    return this.encodable.file;
  }
  byName(name) {
    return this.lookup.indicesOf(name).map((i) => this.list[i]);
  }
  /** The path package (no source) of this name and version. */
  local(name, version) {
    for (const i of this.lookup.indicesOf(name)) {
      const p2 = this.list[i];
      if (!p2.id.source && (version === void 0 || p2.id.version === version)) return p2;
    }
    return void 0;
  }
};

// src/cargo/ops/layout_plan.ts
init_errors();
function readResolve(ws2) {
  const file = ws2.lockfilePath;
  if (!fs14.existsSync(file)) {
    throw new CargoError("lockfile", "Cargo.lock does not exist; run `cargo generate-lockfile` first", { file });
  }
  const text = readText(file, "lockfile", MAX_LOCKFILE_BYTES, "Cargo.lock");
  return Resolve.fromEncodable(decodeLockfile(text, file), new Set(ws2.pathPackages.map((p2) => p2.name)));
}
function planLayout(ws2, layout, resolve7 = readResolve(ws2)) {
  const registries = /* @__PURE__ */ new Map();
  const packages = [];
  const vendored = [];
  for (const p2 of sorted(resolve7.list)) {
    let l;
    try {
      l = layout.of(p2.id, p2.sourceId);
    } catch (e) {
      if (e instanceof CargoError && !e.location) throw new CargoError(e.kind, e.message, { file: resolve7.file, line: p2.line });
      throw e;
    }
    if (!l) continue;
    if (l.kind === "vendored") {
      vendored.push(`${p2.id.name} ${p2.id.version}`);
      continue;
    }
    packages.push({ name: p2.id.name, version: p2.id.version, source: p2.id.source, checksum: p2.checksum, layout: l });
    if (l.kind === "registry") {
      const r = registries.get(l.dir) ?? { lockedSource: p2.id.source, source: l.source.toLockfileString(), dir: l.dir, packages: 0 };
      r.packages++;
      registries.set(l.dir, r);
    }
  }
  const v2 = layout.cargoVersion;
  return {
    cargoHome: layout.cargoHome,
    cargoVersion: `${v2.major}.${v2.minor}`,
    lockfile: ws2.lockfilePath,
    registries: [...registries.values()],
    packages,
    vendored
  };
}
function planEntries(plan) {
  const out = /* @__PURE__ */ new Set();
  for (const p2 of plan.packages) {
    const l = p2.layout;
    if (l.kind === "registry") [l.index, l.crate, `${l.src}/`].forEach((e) => out.add(e));
    else [`${l.db}/`, `${l.checkout}/`].forEach((e) => out.add(e));
  }
  return [...out].sort();
}
function sorted(ps2) {
  const cmp = (x, y) => x < y ? -1 : x > y ? 1 : 0;
  return [...ps2].sort((a, b2) => cmp(a.id.name, b2.id.name) || cmp(a.id.version, b2.id.version) || cmp(a.id.source ?? "", b2.id.source ?? ""));
}

// src/cargo/ops/project.ts
import * as path18 from "node:path";

// src/cargo/core/workspace.ts
init_errors();
import * as fs15 from "node:fs";
import * as os2 from "node:os";
import * as path13 from "node:path";

// src/cargo/core/manifest.ts
import * as path12 from "node:path";
init_errors();

// src/cargo/util/toml_locate.ts
var SEP = "\0";
var join7 = (prefix, name) => prefix === "" ? name : prefix + SEP + name;
var TomlLocator = class {
  index = /* @__PURE__ */ new Map();
  constructor(text) {
    try {
      new Scanner(text, this.index).document();
    } catch {
    }
  }
  /** Where `path` is defined, or undefined if it never is. */
  find(path20) {
    return this.index.get(path20.join(SEP));
  }
  /** Where `path` is defined, else its nearest defined ancestor, else 1:1. */
  locate(path20) {
    let key = path20.join(SEP);
    for (let n = path20.length; n > 0; n--) {
      const hit = this.index.get(key);
      if (hit) return hit;
      key = key.slice(0, Math.max(0, key.length - path20[n - 1].length - 1));
    }
    return { line: 1, col: 1 };
  }
};
var NL = 10;
var isBare = (c) => c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95 || c === 45;
var isBlank = (c) => c === 32 || c === 9 || c === 13;
var Scanner = class {
  constructor(s3, index) {
    this.s = s3;
    this.index = index;
  }
  s;
  index;
  i = 0;
  line = 1;
  lineStart = 0;
  // `[[x]]` element counters, keyed by the joined (un-indexed) header path.
  arrayTables = /* @__PURE__ */ new Map();
  document() {
    const s3 = this.s;
    let table = "";
    while (this.i < s3.length) {
      this.skipTrivia();
      if (this.i >= s3.length) break;
      if (s3.charCodeAt(this.i) === 91) {
        table = this.header() ?? table;
      } else {
        const keys = this.key();
        if (keys.length > 0) {
          const path20 = this.define(table, keys);
          this.skipBlank();
          if (s3.charCodeAt(this.i) === 61) {
            this.i++;
            this.skipBlank();
            this.value(path20);
          }
        }
      }
      this.skipLine();
    }
  }
  pos() {
    return { line: this.line, col: this.i - this.lineStart + 1 };
  }
  newlineAt(i) {
    this.line++;
    this.lineStart = i + 1;
  }
  // Paths are kept pre-joined with SEP: the scan makes one index entry per key.
  record(key, pos) {
    if (!this.index.has(key)) this.index.set(key, pos);
  }
  /** Records every prefix of `base + keys`; returns the full path. */
  define(base, keys) {
    let path20 = base;
    for (const k2 of keys) {
      path20 = join7(path20, k2.name);
      this.record(path20, k2.pos);
    }
    return path20;
  }
  header() {
    const s3 = this.s;
    const isArray = s3.charCodeAt(this.i + 1) === 91;
    this.i += isArray ? 2 : 1;
    const keys = this.key();
    if (keys.length === 0) return void 0;
    let path20 = "";
    let plain = "";
    keys.forEach((k2, n) => {
      plain = join7(plain, k2.name);
      path20 = join7(path20, k2.name);
      this.record(path20, k2.pos);
      const count = this.arrayTables.get(plain);
      if (n < keys.length - 1 && count !== void 0) path20 = join7(path20, String(count));
    });
    if (isArray) {
      const idx = (this.arrayTables.get(plain) ?? -1) + 1;
      this.arrayTables.set(plain, idx);
      path20 = join7(path20, String(idx));
      this.record(path20, keys[keys.length - 1].pos);
    }
    return path20;
  }
  /** A dotted key; stops before `=`, `]` or anything unexpected. */
  key() {
    const s3 = this.s;
    const parts = [];
    for (; ; ) {
      this.skipBlank();
      const pos = this.pos();
      const c = s3.charCodeAt(this.i);
      let name;
      if (c === 34) name = this.basicString();
      else if (c === 39) name = this.literalString();
      else {
        const start = this.i;
        while (this.i < s3.length && isBare(s3.charCodeAt(this.i))) this.i++;
        if (this.i === start) return parts;
        name = s3.slice(start, this.i);
      }
      parts.push({ name, pos });
      this.skipBlank();
      if (s3.charCodeAt(this.i) !== 46) return parts;
      this.i++;
    }
  }
  value(path20) {
    const s3 = this.s;
    const c = s3.charCodeAt(this.i);
    if (c === 123) return this.inlineTable(path20);
    if (c === 91) return this.array(path20);
    if (c === 34 || c === 39) {
      const triple = s3.charCodeAt(this.i + 1) === c && s3.charCodeAt(this.i + 2) === c;
      if (triple) this.multilineString(c);
      else if (c === 34) this.basicString();
      else this.literalString();
      return;
    }
    while (this.i < s3.length) {
      const d = s3.charCodeAt(this.i);
      if (d === 44 || d === 93 || d === 125 || d === NL || d === 35) break;
      this.i++;
    }
  }
  inlineTable(path20) {
    const s3 = this.s;
    this.i++;
    while (this.i < s3.length) {
      this.skipTrivia();
      const c = s3.charCodeAt(this.i);
      if (c === 125) {
        this.i++;
        return;
      }
      if (c === 44) {
        this.i++;
        continue;
      }
      const keys = this.key();
      if (keys.length === 0) return;
      const inner = this.define(path20, keys);
      this.skipBlank();
      if (s3.charCodeAt(this.i) !== 61) return;
      this.i++;
      this.skipBlank();
      this.value(inner);
    }
  }
  array(path20) {
    const s3 = this.s;
    this.i++;
    let idx = 0;
    while (this.i < s3.length) {
      this.skipTrivia();
      const c = s3.charCodeAt(this.i);
      if (c === 93) {
        this.i++;
        return;
      }
      if (c === 44) {
        this.i++;
        idx++;
        continue;
      }
      const before = this.i;
      const elem = join7(path20, String(idx));
      this.record(elem, this.pos());
      this.value(elem);
      if (this.i === before) return;
    }
  }
  basicString() {
    const s3 = this.s;
    let out = "";
    this.i++;
    while (this.i < s3.length) {
      const c = s3.charCodeAt(this.i);
      if (c === 34) {
        this.i++;
        break;
      }
      if (c === NL) break;
      if (c === 92) {
        const e = s3[this.i + 1];
        const hex = e === "u" ? 4 : e === "U" ? 8 : e === "x" ? 2 : 0;
        if (hex > 0) {
          const cp = parseInt(s3.slice(this.i + 2, this.i + 2 + hex), 16);
          out += Number.isFinite(cp) && cp <= 1114111 ? String.fromCodePoint(cp) : "";
          this.i += 2 + hex;
          continue;
        }
        out += ESCAPES[e] ?? e ?? "";
        this.i += 2;
        continue;
      }
      out += s3[this.i];
      this.i++;
    }
    return out;
  }
  literalString() {
    const s3 = this.s;
    const start = ++this.i;
    while (this.i < s3.length) {
      const c = s3.charCodeAt(this.i);
      if (c === 39) return s3.slice(start, this.i++);
      if (c === NL) break;
      this.i++;
    }
    return s3.slice(start, this.i);
  }
  multilineString(q2) {
    const s3 = this.s;
    this.i += 3;
    while (this.i < s3.length) {
      const c = s3.charCodeAt(this.i);
      if (c === NL) this.newlineAt(this.i);
      else if (c === 92 && q2 === 34) {
        if (s3.charCodeAt(this.i + 1) === NL) this.newlineAt(this.i + 1);
        this.i += 2;
        continue;
      } else if (c === q2 && s3.charCodeAt(this.i + 1) === q2 && s3.charCodeAt(this.i + 2) === q2) {
        this.i += 3;
        for (let k2 = 0; k2 < 2 && s3.charCodeAt(this.i) === q2; k2++) this.i++;
        return;
      }
      this.i++;
    }
  }
  skipBlank() {
    while (this.i < this.s.length && isBlank(this.s.charCodeAt(this.i))) this.i++;
  }
  /** Whitespace, newlines and comments. */
  skipTrivia() {
    const s3 = this.s;
    while (this.i < s3.length) {
      const c = s3.charCodeAt(this.i);
      if (isBlank(c)) this.i++;
      else if (c === NL) this.newlineAt(this.i++);
      else if (c === 35) {
        while (this.i < s3.length && s3.charCodeAt(this.i) !== NL) this.i++;
      } else return;
    }
  }
  /** Rest of the current line, including its newline. */
  skipLine() {
    const s3 = this.s;
    while (this.i < s3.length) {
      if (s3.charCodeAt(this.i) === NL) {
        this.newlineAt(this.i++);
        return;
      }
      this.i++;
    }
  }
};
var ESCAPES = {
  b: "\b",
  t: "	",
  n: "\n",
  f: "\f",
  r: "\r",
  e: "\x1B",
  '"': '"',
  "\\": "\\"
};

// src/cargo/core/dependency.ts
init_errors();
import * as path11 from "node:path";

// src/cargo/core/summary.ts
var NO_FEATURES = Object.freeze([]);

// src/cargo/core/dependency.ts
var DEFAULT_REGISTRY = Object.freeze({ kind: "registry" });
function toDependency(cx, name, raw, at2) {
  const locate = { at: cx.at, keyPath: at2.keyPath };
  if (typeof raw === "string") {
    return makeDependency(name, name, raw, DEFAULT_REGISTRY, at2, false, true, NO_FEATURES, void 0, locate);
  }
  const location = () => locate.at(locate.keyPath);
  if (!isTable2(raw)) {
    throw new CargoError(
      "manifest",
      `invalid type for dependency \`${name}\`: ${tomlTypeName(raw)}, expected a version string like "0.9.8" or a table`,
      location()
    );
  }
  const key = (k2) => [...at2.keyPath, k2];
  const str = (k2) => checkString(raw, k2, () => cx.at(key(k2)));
  const bool = (k2) => checkBool(raw, k2, () => cx.at(key(k2)));
  const features = checkStringArray(raw, "features", () => cx.at(key("features"))) ?? [];
  const optional = bool("optional");
  const pub = bool("public");
  const defaultFeatures = pickAlias(cx, raw, "default-features", "default_features", at2.keyPath, bool);
  if (raw.workspace !== void 0) {
    const inherits = bool("workspace");
    if (inherits !== true) {
      throw new CargoError("manifest", `\`workspace\` for dependency \`${name}\` must be \`true\``, cx.at(key("workspace")));
    }
    if (cx.inherit === null) {
      throw new CargoError("manifest", `dependency \`${name}\` cannot use \`workspace = true\` here`, cx.at(key("workspace")));
    }
    for (const k2 of Object.keys(raw)) {
      if (!INHERITED_KEYS.has(k2)) cx.warn(`unused manifest key: ${[...at2.keyPath, k2].join(".")} (ignored with \`workspace = true\`)`, cx.at(key(k2)));
    }
    const ws2 = cx.inherit(name, location);
    if (defaultFeatures === false && ws2.defaultFeatures) {
      cx.warn(`\`default-features = false\` is ignored for ${name}, since \`default-features\` is not false for \`workspace.dependencies.${name}\``, cx.at(key("default-features")));
    }
    return makeDependency(
      name,
      ws2.packageName,
      ws2.req,
      ws2.source,
      at2,
      optional ?? false,
      ws2.defaultFeatures || defaultFeatures === true,
      dedupe([...ws2.features, ...features]),
      pub,
      locate
    );
  }
  const packageName = str("package") ?? name;
  const version = str("version");
  const git2 = str("git");
  const p2 = str("path");
  const registry = str("registry");
  const registryIndex = str("registry-index");
  const ambiguous = (what) => new CargoError("manifest", `dependency (${name}) specification is ambiguous. Only one of ${what} is allowed.`, location());
  let source;
  if (git2 !== void 0) {
    if (registry !== void 0 || registryIndex !== void 0) throw ambiguous("`git` or `registry`");
    if (p2 !== void 0) throw ambiguous("`git` or `path`");
    source = { kind: "git", url: checkUrl(git2, "git", () => cx.at(key("git"))), reference: gitReference(name, str, location) };
  } else {
    if (registry !== void 0 && registryIndex !== void 0) throw ambiguous("`registry` or `registry-index`");
    for (const k2 of ["branch", "tag", "rev"]) {
      if (raw[k2] !== void 0) cx.warn(`key \`${k2}\` is ignored for dependency (${name}): it only applies to \`git\` dependencies`, cx.at(key(k2)));
    }
    if (p2 !== void 0) source = { kind: "path", path: path11.resolve(cx.baseDir, p2) };
    else if (registryIndex !== void 0) source = { kind: "registry", registryIndex: checkUrl(registryIndex, "registry-index", () => cx.at(key("registry-index"))) };
    else source = registry !== void 0 ? { kind: "registry", registry } : DEFAULT_REGISTRY;
  }
  if (version === void 0 && git2 === void 0 && p2 === void 0) {
    throw new CargoError(
      "manifest",
      `dependency (${name}) specified without providing a local path, Git repository, version, or workspace dependency to use`,
      location()
    );
  }
  return makeDependency(name, packageName, version, source, at2, optional ?? false, defaultFeatures ?? true, features, pub, locate);
}
var ManifestDependency = class {
  constructor(nameInToml, packageName, req, source, kind, target, optional, defaultFeatures, features, pub, locate) {
    this.nameInToml = nameInToml;
    this.packageName = packageName;
    this.req = req;
    this.source = source;
    this.kind = kind;
    this.target = target;
    this.optional = optional;
    this.defaultFeatures = defaultFeatures;
    this.features = features;
    this.public = pub;
    this.#locate = locate;
  }
  nameInToml;
  packageName;
  req;
  source;
  kind;
  target;
  optional;
  defaultFeatures;
  features;
  public;
  // Fields, not a closure: a thousand dependencies each keeping a closure and its context add up.
  #locate;
  #located;
  get location() {
    return this.#located ??= this.#locate.at(this.#locate.keyPath);
  }
};
function makeDependency(nameInToml, packageName, req, source, at2, optional, defaultFeatures, features, pub, locate) {
  return new ManifestDependency(nameInToml, packageName, req, source, at2.kind, at2.target, optional, defaultFeatures, features, pub, locate);
}
var INHERITED_KEYS = /* @__PURE__ */ new Set(["workspace", "features", "optional", "default-features", "default_features", "public"]);
function pickAlias(cx, table, hyphen, underscore, keyPath, read) {
  if (hyphen === underscore || table[underscore] === void 0) return read(hyphen);
  if (table[hyphen] !== void 0) {
    cx.warn(`\`${underscore}\` is redundant with \`${hyphen}\`, preferring \`${hyphen}\``, cx.at([...keyPath, underscore]));
    return read(hyphen);
  }
  return read(underscore);
}
function gitReference(name, str, location) {
  const refs = ["branch", "tag", "rev"].map((kind) => ({ kind, name: str(kind) })).filter((r) => r.name !== void 0);
  if (refs.length > 1) {
    throw new CargoError(
      "manifest",
      `dependency (${name}) specification is ambiguous. Only one of \`branch\`, \`tag\` or \`rev\` is allowed.`,
      location()
    );
  }
  return refs.length === 1 ? { kind: refs[0].kind, name: refs[0].name } : { kind: "default" };
}
function checkUrl(url, key, where) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new CargoError("manifest", `invalid url \`${url}\` for \`${key}\`: relative URL without a base`, resolveWhere(where));
  }
  if (!/^[a-z][a-z0-9+.-]*:$/i.test(parsed.protocol)) {
    throw new CargoError("manifest", `invalid url \`${url}\` for \`${key}\``, resolveWhere(where));
  }
  return url;
}
function dedupe(xs2) {
  return [...new Set(xs2)];
}
function isTable2(v2) {
  return typeof v2 === "object" && v2 !== null && !Array.isArray(v2) && !(v2 instanceof Date);
}
function tomlTypeName(v2) {
  if (typeof v2 === "string") return `string \`${JSON.stringify(v2)}\``;
  if (typeof v2 === "number") return Number.isInteger(v2) ? `integer \`${v2}\`` : `float \`${v2}\``;
  if (typeof v2 === "bigint") return `integer \`${v2}\``;
  if (typeof v2 === "boolean") return `boolean \`${v2}\``;
  if (v2 instanceof Date) return "datetime";
  if (Array.isArray(v2)) return "array";
  return "table";
}
function invalidType(key, v2, expected, where) {
  return new CargoError("manifest", `invalid type for \`${key}\`: ${tomlTypeName(v2)}, expected ${expected}`, resolveWhere(where));
}
function checkString(t, key, where) {
  const v2 = t[key];
  if (v2 === void 0 || typeof v2 === "string") return v2;
  throw invalidType(key, v2, "a string", where);
}
function checkBool(t, key, where) {
  const v2 = t[key];
  if (v2 === void 0 || typeof v2 === "boolean") return v2;
  throw invalidType(key, v2, "a boolean", where);
}
function checkStringArray(t, key, where) {
  const v2 = t[key];
  if (v2 === void 0) return void 0;
  if (Array.isArray(v2) && v2.every((x) => typeof x === "string")) return v2;
  throw invalidType(key, v2, "an array of strings", where);
}

// src/cargo/core/manifest.ts
var ManifestPositions = class {
  constructor(file, text) {
    this.file = file;
    this.text = text;
  }
  file;
  text;
  loc;
  get locator() {
    return this.loc ??= new TomlLocator(this.text);
  }
  at(keyPath) {
    const { line, col } = this.locator.locate(keyPath);
    return { file: this.file, line, col };
  }
  /** `at`, bound, without capturing whoever asks. */
  atFn() {
    return (keyPath) => this.at(keyPath);
  }
};
var RawManifest = class {
  constructor(file, text, doc) {
    this.file = file;
    this.text = text;
    this.doc = doc;
    this.dir = path12.dirname(file);
    this.positions = new ManifestPositions(file, text);
  }
  file;
  text;
  doc;
  dir;
  positions;
  get locator() {
    return this.positions.locator;
  }
  at(keyPath) {
    return this.positions.at(keyPath);
  }
};
function readRawManifest(file, text) {
  const abs = path12.resolve(file);
  let src = text;
  if (src === void 0) src = readText(abs, "manifest", MAX_MANIFEST_BYTES, "manifest");
  else if (src.length > MAX_MANIFEST_BYTES) {
    throw new CargoError("manifest", `manifest is ${(src.length / (1 << 20)).toFixed(1)} MiB; files over ${MAX_MANIFEST_BYTES >> 20} MiB are refused`, { file: abs });
  }
  if (src.charCodeAt(0) === 65279) src = src.slice(1);
  let doc;
  try {
    doc = parse(src);
  } catch (e) {
    if (e instanceof TomlError) {
      const msg = e.message.split("\n")[0].replace(/^Invalid TOML document: /, "");
      throw new CargoError("manifest", `failed to parse manifest: ${msg}`, { file: abs, line: e.line, col: e.column });
    }
    throw new CargoError("manifest", `failed to parse manifest: ${String(e)}`, { file: abs });
  }
  return new RawManifest(abs, src, doc);
}
function parseManifest(file, text, opts = {}) {
  return manifestFromRaw(readRawManifest(file, text), opts);
}
var DEP_SECTIONS = [
  ["normal", "dependencies", "dependencies"],
  ["dev", "dev-dependencies", "dev_dependencies"],
  ["build", "build-dependencies", "build_dependencies"]
];
var EDITIONS = ["2015", "2018", "2021", "2024"];
var RESOLVERS = ["1", "2", "3"];
var INHERITABLE_PACKAGE_FIELDS = [
  "version",
  "authors",
  "description",
  "documentation",
  "readme",
  "homepage",
  "repository",
  "license",
  "license-file",
  "keywords",
  "categories",
  "edition",
  "rust-version",
  "exclude",
  "include",
  "publish"
];
var SEMVER3 = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
var PACKAGE_NAME = /^[\p{XID_Start}_][\p{XID_Continue}-]*$/u;
function manifestFromRaw(raw, opts = {}) {
  const { file, doc } = raw;
  const at2 = raw.positions.atFn();
  const warnings = [];
  const warn = (message, location) => warnings.push({ message, location });
  const pkgKey = doc.package !== void 0 ? "package" : doc.project !== void 0 ? "project" : void 0;
  const workspace = doc.workspace !== void 0 ? readWorkspaceConfig(raw, warn) : void 0;
  if (pkgKey === void 0 && workspace === void 0) {
    throw new CargoError("manifest", "manifest is missing either a `[package]` or a `[workspace]`", { file });
  }
  let root = null;
  const findRoot = () => {
    if (root === null) {
      const r = workspace ? void 0 : typeof opts.workspaceRoot === "function" ? opts.workspaceRoot() : opts.workspaceRoot;
      root = workspace ? { ws: workspace, file } : r?.workspace ? { ws: r.workspace, file: r.file } : void 0;
    }
    return root;
  };
  const requireRoot = (what, where) => {
    const r = findRoot();
    if (!r) throw new CargoError("manifest", `${what} has \`workspace = true\`, but no workspace root manifest was found`, resolveWhere(where));
    return r;
  };
  const inherit = (name, where) => {
    const r = requireRoot(`dependency \`${name}\``, where);
    const d = Object.hasOwn(r.ws.inheritableDependencies, name) ? r.ws.inheritableDependencies[name] : void 0;
    if (!d) {
      throw new CargoError(
        "manifest",
        `error inheriting \`${name}\` from workspace root manifest's \`workspace.dependencies.${name}\`: not defined in ${r.file}`,
        resolveWhere(where)
      );
    }
    return d;
  };
  const cx = { file, baseDir: raw.dir, at: at2, warn, inherit };
  const isVirtual = pkgKey === void 0;
  const pkg = pkgKey !== void 0 ? readPackage(raw, pkgKey, (field, where) => {
    const r = requireRoot(`\`package.${field}\``, where);
    if (!Object.hasOwn(r.ws.package, field)) {
      throw new CargoError(
        "manifest",
        `error inheriting \`${field}\` from workspace root manifest's \`workspace.package.${field}\`: not defined in ${r.file}`,
        resolveWhere(where)
      );
    }
    return r.ws.package[field];
  }) : void 0;
  const dependencies = [];
  const readSections = (table, prefix, target) => {
    for (const [kind, hyphen, underscore] of DEP_SECTIONS) {
      const key = pickAlias(cx, table, hyphen, underscore, prefix, (k2) => table[k2] === void 0 ? void 0 : k2);
      if (key === void 0) continue;
      const section = table[key];
      const kp = [...prefix, key];
      if (isVirtual) throw virtualError(kp.join("."), at2(kp));
      if (!isTable2(section)) throw typeError(kp.join("."), section, "a table", at2(kp));
      for (const [name, spec] of Object.entries(section)) {
        dependencies.push(toDependency(cx, name, spec, { kind, target, keyPath: [...kp, name] }));
      }
    }
  };
  readSections(doc, []);
  if (doc.target !== void 0) {
    if (isVirtual) throw virtualError("target", at2(["target"]));
    if (!isTable2(doc.target)) throw typeError("target", doc.target, "a table", at2(["target"]));
    for (const [target, t] of Object.entries(doc.target)) {
      if (!isTable2(t)) throw typeError(`target.${target}`, t, "a table", at2(["target", target]));
      readSections(t, ["target", target], target);
    }
  }
  const features = {};
  if (doc.features !== void 0) {
    if (isVirtual) throw virtualError("features", at2(["features"]));
    if (!isTable2(doc.features)) throw typeError("features", doc.features, "a table", at2(["features"]));
    for (const name of Object.keys(doc.features)) {
      features[name] = checkStringArray(doc.features, name, () => at2(["features", name])) ?? [];
    }
  }
  const plain = { ...cx, inherit: null };
  const patch = {};
  if (doc.patch !== void 0) {
    if (!isTable2(doc.patch)) throw typeError("patch", doc.patch, "a table", at2(["patch"]));
    for (const [registry, entries2] of Object.entries(doc.patch)) {
      if (!isTable2(entries2)) throw typeError(`patch.${registry}`, entries2, "a table", at2(["patch", registry]));
      patch[registry] = Object.entries(entries2).map(
        ([name, spec]) => toDependency(plain, name, spec, { kind: "normal", keyPath: ["patch", registry, name] })
      );
    }
  }
  const replace = [];
  if (doc.replace !== void 0) {
    if (!isTable2(doc.replace)) throw typeError("replace", doc.replace, "a table", at2(["replace"]));
    for (const [spec, d] of Object.entries(doc.replace)) {
      replace.push({ spec, dep: toDependency(plain, spec, d, { kind: "normal", keyPath: ["replace", spec] }) });
    }
  }
  return withLocator({ file, dir: raw.dir, package: pkg, dependencies, features, workspace, patch, replace, isVirtual, warnings }, raw.positions);
}
function lazyAt(positions, keyPath) {
  let loc;
  return () => loc ??= positions.at(keyPath);
}
function packageMetadata(name, version, location) {
  return {
    name,
    version,
    get location() {
      return location();
    }
  };
}
function withLocator(m2, positions) {
  return Object.defineProperty(m2, "locator", { get: () => positions.locator, enumerable: true });
}
function readPackage(raw, key, inheritField) {
  const t = raw.doc[key];
  const location = lazyAt(raw.positions, [key]);
  if (!isTable2(t)) throw typeError(key, t, "a table", location());
  const at2 = (k2) => raw.at([key, k2]);
  const field = (k2) => {
    const v2 = t[k2];
    if (!isTable2(v2) || !INHERITABLE_PACKAGE_FIELDS.includes(k2)) return v2;
    if (v2.workspace !== true) throw new CargoError("manifest", `\`${key}.${k2}\` must be a value or \`{ workspace = true }\``, at2(k2));
    return inheritField(k2, () => at2(k2));
  };
  const str = (k2, v2) => {
    if (v2 === void 0 || typeof v2 === "string") return v2;
    throw typeError(`${key}.${k2}`, v2, "a string", at2(k2));
  };
  const name = str("name", t.name);
  if (name === void 0) throw new CargoError("manifest", `missing field \`name\` in \`[${key}]\``, location());
  if (!PACKAGE_NAME.test(name)) throw new CargoError("manifest", `invalid package name \`${name}\``, at2("name"));
  const version = str("version", field("version")) ?? "0.0.0";
  if (!SEMVER3.test(version)) {
    throw new CargoError("manifest", `unexpected version \`${version}\` for \`${key}.version\`: expected a semver version like 1.2.3`, at2("version"));
  }
  const edition = str("edition", field("edition"));
  if (edition !== void 0 && !EDITIONS.includes(edition)) {
    throw new CargoError("manifest", `unknown edition \`${edition}\`: supported editions are ${EDITIONS.join(", ")}`, at2("edition"));
  }
  const resolver = str("resolver", t.resolver);
  if (resolver !== void 0 && !RESOLVERS.includes(resolver)) throw resolverError(resolver, at2("resolver"));
  const publish = field("publish");
  if (publish !== void 0 && typeof publish !== "boolean" && !(Array.isArray(publish) && publish.every((p2) => typeof p2 === "string"))) {
    throw typeError(`${key}.publish`, publish, "a boolean or an array of registry names", at2("publish"));
  }
  for (const k2 of INHERITABLE_PACKAGE_FIELDS) if (k2 !== "version" && k2 !== "edition" && k2 !== "publish") field(k2);
  const out = packageMetadata(name, version, location);
  if (edition !== void 0) out.edition = edition;
  const links = str("links", t.links);
  if (links !== void 0) out.links = links;
  if (publish !== void 0) out.publish = publish;
  if (resolver !== void 0) out.resolver = resolver;
  const ws2 = str("workspace", t.workspace);
  if (ws2 !== void 0) out.workspace = ws2;
  return out;
}
function readWorkspaceConfig(raw, warn) {
  const t = raw.doc.workspace;
  const at2 = (kp) => raw.at(["workspace", ...kp]);
  if (!isTable2(t)) throw typeError("workspace", t, "a table", at2([]));
  const resolver = checkString(t, "resolver", at2(["resolver"]));
  if (resolver !== void 0 && !RESOLVERS.includes(resolver)) throw resolverError(resolver, at2(["resolver"]));
  const pkg = t.package ?? {};
  if (!isTable2(pkg)) throw typeError("workspace.package", pkg, "a table", at2(["package"]));
  const depsRaw = t.dependencies ?? {};
  if (!isTable2(depsRaw)) throw typeError("workspace.dependencies", depsRaw, "a table", at2(["dependencies"]));
  const cx = { file: raw.file, baseDir: raw.dir, at: (kp) => raw.at(kp), warn, inherit: null };
  const dependencies = {};
  const inheritableDependencies = {};
  for (const [name, spec] of Object.entries(depsRaw)) {
    const keyPath = ["workspace", "dependencies", name];
    if (isTable2(spec) && spec.workspace !== void 0) {
      throw new CargoError("manifest", `\`workspace.dependencies.${name}\` cannot itself use \`workspace = true\``, raw.at([...keyPath, "workspace"]));
    }
    if (isTable2(spec) && spec.optional !== void 0) {
      throw new CargoError("manifest", `${name} is optional, but workspace dependencies cannot be optional`, raw.at([...keyPath, "optional"]));
    }
    dependencies[name] = typeof spec === "string" ? { version: spec } : spec;
    inheritableDependencies[name] = toDependency(cx, name, spec, { kind: "normal", keyPath });
  }
  const out = {
    members: checkStringArray(t, "members", at2(["members"])) ?? [],
    exclude: checkStringArray(t, "exclude", at2(["exclude"])) ?? [],
    dependencies,
    package: pkg,
    location: at2([]),
    inheritableDependencies
  };
  const defaultMembers = checkStringArray(t, "default-members", at2(["default-members"]));
  if (defaultMembers !== void 0) out.defaultMembers = defaultMembers;
  if (resolver !== void 0) out.resolver = resolver;
  return out;
}
function typeError(key, v2, expected, location) {
  return new CargoError("manifest", `invalid type for \`${key}\`: ${tomlTypeName(v2)}, expected ${expected}`, location);
}
function virtualError(section, location) {
  return new CargoError("manifest", `this virtual manifest specifies a \`${section}\` section, which is not allowed`, location);
}
function resolverError(v2, location) {
  return new CargoError("manifest", `\`resolver\` setting \`${v2}\` is not valid, valid options are "1", "2" or "3"`, location);
}

// src/cargo/core/workspace.ts
var Workspace = class _Workspace {
  constructor(root, rootManifest, currentManifestPath, members, defaultMembers, pathPackages, resolverVersion) {
    this.root = root;
    this.rootManifest = rootManifest;
    this.currentManifestPath = currentManifestPath;
    this.members = members;
    this.defaultMembers = defaultMembers;
    this.pathPackages = pathPackages;
    this.resolverVersion = resolverVersion;
  }
  root;
  rootManifest;
  currentManifestPath;
  members;
  defaultMembers;
  pathPackages;
  resolverVersion;
  get patch() {
    return this.rootManifest.patch;
  }
  get replace() {
    return this.rootManifest.replace;
  }
  get lockfilePath() {
    return path13.join(this.root, "Cargo.lock");
  }
  member(name) {
    return this.members.find((p2) => p2.name === name);
  }
  /** Loads the workspace that the manifest in (or at) `dirOrManifestPath` belongs to. */
  static load(dirOrManifestPath, opts = {}) {
    const l = new Loader(opts.cargoHome ?? process.env.CARGO_HOME ?? path13.join(os2.homedir(), ".cargo"));
    const r = l.load(dirOrManifestPath);
    return new _Workspace(r.root, r.rootManifest, r.current, r.members, r.defaultMembers, r.pathPackages, r.resolver);
  }
};
var EDITION_RESOLVER = { "2021": "2", "2024": "3" };
var Loader = class {
  constructor(cargoHome2) {
    this.cargoHome = cargoHome2;
  }
  cargoHome;
  raws = /* @__PURE__ */ new Map();
  manifests = /* @__PURE__ */ new Map();
  // Cargo's `ws_roots`: every `[workspace]` read so far, by directory. Root
  // search consults these before walking up, so the answer can depend on
  // what was already loaded, exactly as in Cargo.
  knownRoots = /* @__PURE__ */ new Map();
  load(input) {
    const abs = path13.resolve(input);
    const current = isDir(abs) ? path13.join(abs, "Cargo.toml") : abs;
    if (!this.raw(current)) {
      throw new CargoError("workspace", `could not find \`Cargo.toml\` in \`${path13.dirname(current)}\``, { file: current });
    }
    const rootFile = this.findRoot(current) ?? current;
    const rootManifest = this.manifest(rootFile);
    const root = path13.dirname(rootFile);
    let members;
    let defaultMembers;
    if (!rootManifest.workspace) {
      members = defaultMembers = [this.toPackage(rootManifest)];
    } else {
      ({ members, defaultMembers } = new MemberSearch(this, rootManifest, current).run());
    }
    const pkg = rootManifest.package;
    const resolver = rootManifest.workspace?.resolver ?? pkg?.resolver ?? EDITION_RESOLVER[pkg?.edition ?? ""] ?? "1";
    return { root, rootManifest, current, members, defaultMembers, pathPackages: this.pathPackages(members, rootManifest), resolver };
  }
  /** The raw TOML of `file`, or undefined if there is no such file. */
  raw(file) {
    let r = this.raws.get(file);
    if (r === void 0) {
      const text = readTextIfFile(file, "manifest", MAX_MANIFEST_BYTES, "manifest");
      r = text === void 0 ? null : readRawManifest(file, text);
      this.raws.set(file, r);
      if (r && r.doc.workspace !== void 0) this.knownRoots.set(r.dir, r);
    }
    return r ?? void 0;
  }
  manifest(file) {
    let m2 = this.manifests.get(file);
    if (!m2) {
      const raw = this.raw(file);
      if (!raw) throw new CargoError("io", `failed to read \`${file}\`: ENOENT`, { file });
      m2 = manifestFromRaw(raw, {
        workspaceRoot: () => {
          const r = this.findRoot(file);
          return r === void 0 ? void 0 : this.manifest(r);
        }
      });
      this.manifests.set(file, m2);
    }
    return m2;
  }
  toPackage(m2) {
    if (!m2.package) throw new CargoError("workspace", `found a virtual manifest at \`${m2.file}\` instead of a package manifest`, { file: m2.file });
    return { name: m2.package.name, version: m2.package.version, manifest: m2, dir: m2.dir };
  }
  /**
   * Cargo's `find_root`: the manifest itself if it has `[workspace]`, else
   * its `package.workspace` pointer, else the nearest already-known root
   * above it that does not exclude it, else the nearest ancestor with a
   * `[workspace]` that does not exclude it (or with a pointer).
   */
  findRoot(file) {
    const raw = this.raw(file);
    if (raw && raw.doc.workspace !== void 0) return file;
    if (raw && rootPointer(raw) !== void 0) return this.readRootPointer(raw);
    for (let dir = path13.dirname(file); ; dir = path13.dirname(dir)) {
      const known = this.knownRoots.get(dir);
      if (known && !isExcluded(known, file)) return known.file;
      if (path13.dirname(dir) === dir) break;
    }
    let prev;
    for (let dir = path13.dirname(path13.dirname(file)); ; dir = path13.dirname(dir)) {
      if (prev === this.cargoHome) break;
      if (dir.endsWith(`${path13.sep}target${path13.sep}package`)) break;
      const anc = this.raw(path13.join(dir, "Cargo.toml"));
      if (anc?.doc.workspace !== void 0) {
        if (!isExcluded(anc, file)) return anc.file;
      } else if (anc && rootPointer(anc) !== void 0) {
        return this.readRootPointer(anc);
      }
      prev = dir;
      if (path13.dirname(dir) === dir) return void 0;
    }
    return void 0;
  }
  readRootPointer(raw) {
    const target = path13.resolve(raw.dir, rootPointer(raw), "Cargo.toml");
    const root = this.raw(target);
    if (!root || root.doc.workspace === void 0) {
      throw new CargoError(
        "workspace",
        `\`package.workspace\` points to \`${path13.dirname(target)}\`, which has no Cargo.toml with a \`[workspace]\``,
        raw.at(["package", "workspace"])
      );
    }
    return target;
  }
  /** Members, then every package reachable from them (or from `[patch]`/`[replace]`) by `path`. */
  pathPackages(members, rootManifest) {
    const out = /* @__PURE__ */ new Map();
    for (const m2 of members) out.set(m2.manifest.file, { pkg: m2, member: true });
    const visit = (dep) => {
      if (dep.source.kind !== "path") return;
      const file = path13.join(dep.source.path, "Cargo.toml");
      if (out.has(file)) return;
      if (!this.raw(file)) {
        throw new CargoError("workspace", `failed to load \`${dep.nameInToml}\`: no Cargo.toml in \`${dep.source.path}\``, dep.location);
      }
      const m2 = this.manifest(file);
      if (!m2.package) {
        throw new CargoError("workspace", `found a virtual manifest at \`${file}\` instead of a package manifest`, dep.location);
      }
      out.set(file, { pkg: this.toPackage(m2), member: false });
    };
    for (const deps of Object.values(rootManifest.patch)) deps.forEach(visit);
    rootManifest.replace.forEach((r) => visit(r.dep));
    for (const { pkg, member } of out.values()) {
      for (const d of pkg.manifest.dependencies) if (member || d.kind !== "dev") visit(d);
    }
    return [...out.values()].map((e) => e.pkg);
  }
};
var MemberSearch = class {
  constructor(l, rootManifest, current) {
    this.l = l;
    this.rootManifest = rootManifest;
    this.current = current;
    this.rootFile = rootManifest.file;
    this.rootDir = rootManifest.dir;
  }
  l;
  rootManifest;
  current;
  rootFile;
  rootDir;
  memberFiles = /* @__PURE__ */ new Set();
  packages = [];
  run() {
    const ws2 = this.rootManifest.workspace;
    const memberPaths = this.expand(ws2.members, "members");
    for (const mp of memberPaths) {
      this.addPathDeps(
        path13.join(mp.dir, "Cargo.toml"),
        false,
        () => new CargoError("workspace", `failed to load manifest for workspace member \`${mp.dir}\`: no Cargo.toml found (from \`${mp.entry}\`)`, mp.location)
      );
    }
    this.addPathDeps(this.rootFile, false, () => new CargoError("io", `failed to read \`${this.rootFile}\``, { file: this.rootFile }));
    let defaultMembers;
    const byFile = new Map(this.packages.map((p2) => [p2.manifest.file, p2]));
    if (this.current === this.rootFile && ws2.defaultMembers !== void 0) {
      defaultMembers = [];
      for (const dp of this.expand(ws2.defaultMembers, "default-members")) {
        const pkg = byFile.get(path13.join(dp.dir, "Cargo.toml"));
        if (pkg) {
          if (!defaultMembers.includes(pkg)) defaultMembers.push(pkg);
          continue;
        }
        if (memberPaths.some((m2) => m2.dir === dp.dir) && this.isExcluded(dp.dir)) continue;
        throw new CargoError(
          "workspace",
          `package \`${dp.dir}\` is listed in default-members but is not a member for workspace at \`${this.rootFile}\``,
          dp.location
        );
      }
    } else if (this.l.manifest(this.current).isVirtual) {
      defaultMembers = this.packages.slice();
    } else {
      defaultMembers = [];
    }
    if (!this.memberFiles.has(this.current)) {
      const rel = path13.relative(this.rootDir, path13.dirname(this.current));
      throw new CargoError(
        "workspace",
        `current package believes it's in a workspace when it's not: current \`${this.current}\`, workspace \`${this.rootFile}\`; add \`${rel}\` to \`workspace.members\`, or to \`workspace.exclude\` to keep it out`,
        this.rootManifest.workspace.location
      );
    }
    if (defaultMembers.length === 0 && !this.l.manifest(this.current).isVirtual) {
      defaultMembers = this.packages.filter((p2) => p2.manifest.file === this.current);
    }
    const seen = /* @__PURE__ */ new Map();
    for (const p2 of this.packages) {
      const other = seen.get(p2.name);
      if (other) {
        throw new CargoError(
          "workspace",
          `two packages named \`${p2.name}\` in this workspace: \`${other.manifest.file}\` and \`${p2.manifest.file}\``,
          { file: p2.manifest.file }
        );
      }
      seen.set(p2.name, p2);
    }
    return { members: this.packages, defaultMembers };
  }
  /** Adds `file` as a member, then its path dependencies (Cargo's `find_path_deps`). */
  addPathDeps(file, isPathDep, missing) {
    if (this.memberFiles.has(file)) return;
    const raw = this.l.raw(file);
    if (!raw) throw missing();
    if (isPathDep && !isWithin(path13.dirname(file), this.rootDir) && this.l.findRoot(file) !== this.rootFile) return;
    if (this.isExcluded(file)) return;
    const root = this.l.findRoot(file);
    if (root !== this.rootFile) {
      throw new CargoError(
        "workspace",
        root === void 0 ? `workspace member \`${file}\` is not hierarchically below the workspace root \`${this.rootFile}\`` : `package \`${file}\` is a member of the wrong workspace: expected \`${this.rootFile}\`, actual \`${root}\``,
        { file }
      );
    }
    this.memberFiles.add(file);
    const m2 = this.l.manifest(file);
    if (m2.isVirtual) return;
    this.packages.push(this.l.toPackage(m2));
    for (const d of m2.dependencies) {
      if (d.source.kind !== "path") continue;
      const depDir = d.source.path;
      this.addPathDeps(
        path13.join(depDir, "Cargo.toml"),
        true,
        () => new CargoError("workspace", `failed to load \`${d.nameInToml}\`: no Cargo.toml in \`${depDir}\``, d.location)
      );
    }
  }
  isExcluded(file) {
    const ws2 = this.rootManifest.workspace;
    return isExcludedBy(this.rootDir, ws2.members, ws2.exclude, file);
  }
  /** Cargo's `members_paths`: glob-expand entries, keep directories; an entry matching nothing stays literal. */
  expand(entries2, key) {
    const out = [];
    entries2.forEach((entry, idx) => {
      const location = { file: this.rootFile, ...this.rootManifest.locator.locate(["workspace", key, String(idx)]) };
      const pattern = path13.resolve(this.rootDir, entry);
      if (!isWithin(pattern, this.rootDir)) {
        throw new CargoError("workspace", `\`workspace.${key}\` entry \`${entry}\` resolves outside the workspace root \`${this.rootDir}\``, location);
      }
      if (!WILD.test(pattern)) {
        const st2 = fs15.statSync(pattern, { throwIfNoEntry: false });
        if (!st2 || st2.isDirectory()) out.push({ dir: pattern, entry, location });
        return;
      }
      let matches;
      try {
        matches = globPaths(pattern);
      } catch (e) {
        throw new CargoError("workspace", `could not parse pattern \`${entry}\` in \`workspace.${key}\`: ${e.message}`, location);
      }
      if (matches.length === 0) out.push({ dir: pattern, entry, location });
      for (const m2 of matches) if (isDir(m2)) out.push({ dir: m2, entry, location });
    });
    return out;
  }
};
function rootPointer(raw) {
  const pkg = raw.doc.package ?? raw.doc.project;
  const w2 = typeof pkg === "object" && pkg !== null ? pkg.workspace : void 0;
  return typeof w2 === "string" ? w2 : void 0;
}
function stringList(v2) {
  return Array.isArray(v2) ? v2.filter((x) => typeof x === "string") : [];
}
function isExcludedBy(rootDir, members, exclude, file) {
  const under = (entries2) => entries2.some((e) => isWithin(file, path13.resolve(rootDir, e)));
  return under(exclude) && !under(members);
}
function isExcluded(rootRaw, file) {
  const ws2 = rootRaw.doc.workspace;
  if (typeof ws2 !== "object" || ws2 === null) return false;
  const exclude = stringList(ws2.exclude);
  return exclude.length > 0 && isExcludedBy(rootRaw.dir, stringList(ws2.members), exclude, file);
}
function isDir(p2) {
  try {
    return fs15.statSync(p2).isDirectory();
  } catch {
    return false;
  }
}
var WILD = /[*?[]/;
function globPaths(pattern) {
  const segs = pattern.split(path13.sep);
  const first = segs.findIndex((s3) => WILD.test(s3));
  if (first === -1) return fs15.existsSync(pattern) ? [pattern] : [];
  const matchers = segs.map((s3) => WILD.test(s3) && s3 !== "**" ? segmentRegex(s3) : void 0);
  for (const s3 of segs) if (s3.includes("**") && s3 !== "**") throw new Error("recursive wildcards must form a single path component");
  const out = /* @__PURE__ */ new Set();
  const walk = (dir, i) => {
    if (i === segs.length) {
      out.add(dir);
      return;
    }
    const seg = segs[i];
    if (seg === "**") {
      const last = i === segs.length - 1;
      if (!last) walk(dir, i + 1);
      for (const e of entries(dir)) {
        if (!e.isDirectory()) continue;
        if (last) out.add(path13.join(dir, e.name));
        walk(path13.join(dir, e.name), i);
      }
      return;
    }
    const re2 = matchers[i];
    if (!re2) {
      const p2 = path13.join(dir, seg);
      if (fs15.existsSync(p2)) walk(p2, i + 1);
      return;
    }
    for (const e of entries(dir)) if (re2.test(e.name)) walk(path13.join(dir, e.name), i + 1);
  };
  walk(segs.slice(0, first).join(path13.sep) || path13.sep, first);
  return [...out].sort(byComponents);
}
function byComponents(a, b2) {
  const x = a.split(path13.sep);
  const y = b2.split(path13.sep);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  }
  return x.length - y.length;
}
function entries(dir) {
  try {
    return fs15.readdirSync(dir, { withFileTypes: true }).sort((a, b2) => a.name < b2.name ? -1 : a.name > b2.name ? 1 : 0);
  } catch {
    return [];
  }
}
function segmentRegex(seg) {
  let re2 = "^";
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i];
    if (c === "*") re2 += ".*";
    else if (c === "?") re2 += ".";
    else if (c === "[") {
      let j2 = i + 1;
      const negate = seg[j2] === "!";
      if (negate) j2++;
      const start = j2;
      if (seg[j2] === "]") j2++;
      while (j2 < seg.length && seg[j2] !== "]") j2++;
      if (j2 >= seg.length) throw new Error("invalid range pattern");
      const body = seg.slice(start, j2);
      let cls = "";
      for (let k2 = 0; k2 < body.length; k2++) {
        if (body[k2 + 1] === "-" && k2 + 2 < body.length) {
          cls += `${escapeClass(body[k2])}-${escapeClass(body[k2 + 2])}`;
          k2 += 2;
        } else cls += escapeClass(body[k2]);
      }
      re2 += negate ? `[^${cls}]` : `[${cls}]`;
      i = j2;
    } else re2 += c.replace(/[.+^${}()|\\\]]/g, "\\$&");
  }
  return new RegExp(`${re2}$`, "u");
}
function escapeClass(c) {
  return /[\\\]^\-[]/.test(c) ? `\\${c}` : c;
}

// src/cargo/sources/cargo_home_layout.ts
import * as path14 from "node:path";

// src/cargo/core/source_dir.ts
init_errors();

// src/cargo/util/cargo_version.ts
init_errors();
import { execFileSync } from "node:child_process";
var DEFAULT_CARGO_VERSION = { major: 1, minor: 95 };
function parseCargoVersion(output) {
  const m2 = /^cargo\s+(\d+)\.(\d+)\.\d+/m.exec(output.trim());
  if (!m2) {
    throw new CargoError("usage", `cannot read a cargo version from \`${output.trim().split("\n")[0]}\``);
  }
  return { major: Number(m2[1]), minor: Number(m2[2]) };
}
function detectCargoVersion(opts = {}) {
  try {
    const out = execFileSync(opts.cargo ?? "cargo", ["-V"], {
      cwd: opts.cwd,
      env: opts.env,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      timeout: 6e4
    });
    return parseCargoVersion(out);
  } catch {
    return { ...DEFAULT_CARGO_VERSION };
  }
}
function usesStableHash(v2) {
  return v2.major > 1 || v2.major === 1 && v2.minor >= 85;
}

// src/cargo/util/hasher.ts
var MASK = (1n << 64n) - 1n;
var encoder = new TextEncoder();
function rotl(x, b2) {
  return (x << b2 | x >> 64n - b2) & MASK;
}
function sipRound(s3) {
  s3.v0 = s3.v0 + s3.v1 & MASK;
  s3.v1 = rotl(s3.v1, 13n) ^ s3.v0;
  s3.v0 = rotl(s3.v0, 32n);
  s3.v2 = s3.v2 + s3.v3 & MASK;
  s3.v3 = rotl(s3.v3, 16n) ^ s3.v2;
  s3.v0 = s3.v0 + s3.v3 & MASK;
  s3.v3 = rotl(s3.v3, 21n) ^ s3.v0;
  s3.v2 = s3.v2 + s3.v1 & MASK;
  s3.v1 = rotl(s3.v1, 17n) ^ s3.v2;
  s3.v2 = rotl(s3.v2, 32n);
}
function rounds(s3, n) {
  for (let i = 0; i < n; i++) sipRound(s3);
}
var SipCore = class {
  constructor(cRounds, dRounds, wide, k0, k1) {
    this.cRounds = cRounds;
    this.dRounds = dRounds;
    this.s = {
      v0: k0 ^ 0x736f6d6570736575n,
      v1: k1 ^ 0x646f72616e646f6dn ^ (wide ? 0xeen : 0n),
      v2: k0 ^ 0x6c7967656e657261n,
      v3: k1 ^ 0x7465646279746573n
    };
  }
  cRounds;
  dRounds;
  s;
  tail = [];
  length = 0;
  write(bytes) {
    for (const b2 of bytes) {
      this.tail.push(b2 & 255);
      this.length++;
      if (this.tail.length === 8) this.compress(leWord(this.tail.splice(0, 8)));
    }
    return this;
  }
  writeU8(n) {
    return this.write([n]);
  }
  writeU64(n) {
    return this.write(leBytes(BigInt.asUintN(64, n)));
  }
  /** Rust's `Hash for str`: the UTF-8 bytes, then a 0xFF terminator. */
  writeStr(s3) {
    this.write(encoder.encode(s3));
    return this.writeU8(255);
  }
  compress(m2) {
    this.s.v3 ^= m2;
    rounds(this.s, this.cRounds);
    this.s.v0 ^= m2;
  }
  /** Pads the final block and returns the state ready for finalisation. */
  finalState() {
    const s3 = { ...this.s };
    const b2 = (BigInt(this.length) & 0xffn) << 56n | leWord(this.tail);
    s3.v3 ^= b2;
    rounds(s3, this.cRounds);
    s3.v0 ^= b2;
    return s3;
  }
};
function leWord(bytes) {
  let w2 = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) w2 = w2 << 8n | BigInt(bytes[i]);
  return w2;
}
function leBytes(n) {
  const out = [];
  for (let i = 0; i < 8; i++) out.push(Number(n >> BigInt(8 * i) & 0xffn));
  return out;
}
var StableHasher = class extends SipCore {
  /** Cargo always uses keys 0/0; other keys exist for reference vectors. */
  constructor(k0 = 0n, k1 = 0n) {
    super(1, 3, true, k0, k1);
  }
  /**
   * rustc-stable-hash writes `isize`/`usize` (enum discriminants) as a single
   * byte when below 0xFF, otherwise 0xFF followed by 8 LE bytes.
   */
  writeDiscriminant(n) {
    if (n < 255) return this.writeU8(n);
    this.writeU8(255);
    return this.writeU64(BigInt(n));
  }
  finish128() {
    const s3 = this.finalState();
    s3.v2 ^= 0xeen;
    rounds(s3, this.dRounds);
    const lo2 = s3.v0 ^ s3.v1 ^ s3.v2 ^ s3.v3;
    s3.v1 ^= 0xddn;
    rounds(s3, this.dRounds);
    const hi2 = s3.v0 ^ s3.v1 ^ s3.v2 ^ s3.v3;
    return [lo2, hi2];
  }
  finish() {
    const [lo2, hi2] = this.finish128();
    return lo2 * 3n + hi2 & MASK;
  }
};
var LegacySipHasher = class extends SipCore {
  /** Cargo always uses keys 0/0; other keys exist for reference vectors. */
  constructor(k0 = 0n, k1 = 0n) {
    super(2, 4, false, k0, k1);
  }
  /** `#[derive(Hash)]` writes discriminants as `isize`: 8 LE bytes on 64-bit hosts. */
  writeDiscriminant(n) {
    return this.writeU64(BigInt(n));
  }
  finish() {
    const s3 = this.finalState();
    s3.v2 ^= 0xffn;
    rounds(s3, this.dRounds);
    return s3.v0 ^ s3.v1 ^ s3.v2 ^ s3.v3;
  }
};
function shortHash(hash) {
  return leBytes(BigInt.asUintN(64, hash)).map((b2) => b2.toString(16).padStart(2, "0")).join("");
}

// src/cargo/core/source_dir.ts
init_canonical_url();
init_source_id();
function hasherFor(v2) {
  return usesStableHash(v2) ? new StableHasher() : new LegacySipHasher();
}
function sourceIdHash(id, v2) {
  const h = hasherFor(v2).writeDiscriminant(SOURCE_KIND_DISCRIMINANT[id.kind]);
  const hashesCanonical = usesStableHash(v2) || id.kind === "git";
  h.writeStr(hashesCanonical ? id.canonicalUrl() : id.url);
  return shortHash(h.finish());
}
function registryDirName(id, v2) {
  if (!id.isRegistry()) {
    throw new CargoError("usage", `\`${id.toLockfileString()}\` is not a remote registry`);
  }
  return `${new URL(id.url).hostname}-${sourceIdHash(id, v2)}`;
}
function gitIdent(source, v2) {
  const canonical = canonicalizeUrl(typeof source === "string" ? parseUrl(source) : new URL(source.url));
  const segment = lastPathSegment(canonical) || "_empty";
  return `${segment}-${shortHash(hasherFor(v2).writeStr(canonical.href).finish())}`;
}

// src/cargo/sources/git/short_id.ts
init_errors();
import { execFileSync as execFileSync2 } from "node:child_process";
import { existsSync as existsSync6 } from "node:fs";
var DEFAULT_ABBREV = 7;
function shortId(fullSha, dbPath) {
  if (!/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(fullSha)) {
    throw new CargoError("usage", `\`${fullSha}\` is not a full git commit id`);
  }
  const sha = fullSha.toLowerCase();
  const fallback = sha.slice(0, DEFAULT_ABBREV);
  if (dbPath === void 0 || !existsSync6(dbPath)) return fallback;
  try {
    const out = execFileSync2("git", [`--git-dir=${dbPath}`, "rev-parse", `--short=${DEFAULT_ABBREV}`, sha], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
      timeout: 3e4
    }).trim();
    return /^[0-9a-f]+$/.test(out) && sha.startsWith(out) && out.length >= DEFAULT_ABBREV ? out : fallback;
  } catch {
    return fallback;
  }
}

// src/cargo/sources/replaced_source.ts
init_source_id();
function replacedSource(id, config) {
  if (!id.isRegistry()) return id;
  const r = config.replacementForUrl(id.url);
  if (!r) return id.isCratesIo() ? SourceId.cratesIo() : id;
  switch (r.kind) {
    case "registry":
    case "sparse":
      return SourceId.forRegistryIndex(r.url);
    case "git":
      return SourceId.forGit(r.url);
    case "local-registry":
      return SourceId.forLocalRegistry(new URL(r.url).pathname);
    case "directory":
      return SourceId.forDirectory(new URL(r.url).pathname);
  }
}

// src/cargo/sources/cargo_home_layout.ts
var LockedRegistryLayout = class {
  constructor(source, dir, id) {
    this.source = source;
    this.dir = dir;
    this.id = id;
  }
  source;
  dir;
  id;
  kind = "registry";
  get index() {
    return `registry/index/${this.dir}/.cache/${makeDepPath(this.id.name.toLowerCase())}`;
  }
  get crate() {
    return `registry/cache/${this.dir}/${this.id.name}-${this.id.version}.crate`;
  }
  get src() {
    return `registry/src/${this.dir}/${this.id.name}-${this.id.version}`;
  }
  toJSON() {
    return { kind: this.kind, source: this.source, dir: this.dir, index: this.index, crate: this.crate, src: this.src };
  }
};
var CargoHomeLayout = class {
  constructor(cargoHome2, config, cargoVersion) {
    this.cargoHome = cargoHome2;
    this.config = config;
    this.cargoVersion = cargoVersion;
  }
  cargoHome;
  config;
  cargoVersion;
  dirs = /* @__PURE__ */ new Map();
  // The plan and the check both ask for every locked package.
  known = /* @__PURE__ */ new WeakMap();
  /** Registry directory name (`<host>-<hash>`) for a locked registry source. */
  registry(id) {
    const k2 = id.toLockfileString();
    let hit = this.dirs.get(k2);
    if (!hit) {
      const source = replacedSource(id, this.config);
      hit = { source, dir: source.isRegistry() ? registryDirName(source, this.cargoVersion) : void 0 };
      this.dirs.set(k2, hit);
    }
    return hit;
  }
  /**
   * Registry layouts are memoised per PackageId object (a locked package
   * never changes its SourceId); git ones are not, as a fetch can lengthen
   * a short id.
   */
  of(id, sourceId) {
    let l = this.known.get(id);
    if (l) return l;
    l = this.compute(id, sourceId);
    if (l?.kind === "registry") this.known.set(id, l);
    return l;
  }
  compute(id, sourceId) {
    if (!sourceId) return void 0;
    if (sourceId.isGit()) {
      const ident = gitIdent(sourceId, this.cargoVersion);
      const db = `git/db/${ident}`;
      const rev = sourceId.precise;
      const short = rev ? shortId(rev, path14.join(this.cargoHome, db)) : "unknown";
      return { kind: "git", ident, db, checkout: `git/checkouts/${ident}/${short}` };
    }
    if (!sourceId.isRegistry()) return void 0;
    const { source, dir } = this.registry(sourceId);
    if (!dir) return { kind: "vendored", source };
    return new LockedRegistryLayout(source, dir, id);
  }
  abs(rel) {
    return this.cargoHome + path14.sep + (path14.sep === "/" ? rel : rel.split("/").join(path14.sep));
  }
};

// src/cargo/util/context.ts
init_canonical_url();
import * as fs17 from "node:fs";
import * as path17 from "node:path";

// src/cargo/util/cargo_home.ts
import * as os3 from "node:os";
import * as path15 from "node:path";
function cargoHome(env = process.env, platform = process.platform, homedir3 = os3.homedir(), cwd = process.cwd()) {
  const p2 = platform === "win32" ? path15.win32 : path15.posix;
  const fromEnv = env.CARGO_HOME;
  if (fromEnv !== void 0 && fromEnv !== "") return p2.resolve(cwd, fromEnv);
  return p2.join(homedir3, ".cargo");
}

// src/cargo/util/context/source_config.ts
init_canonical_url();
init_source_id();
init_errors();
import * as path16 from "node:path";
import { pathToFileURL as pathToFileURL3 } from "node:url";

// src/cargo/util/context/value.ts
import * as fs16 from "node:fs";
init_errors();
function loadConfigFile(file) {
  const text = readText(file, "config", MAX_CONFIG_BYTES, "configuration file");
  let doc;
  try {
    doc = parse(text);
  } catch (e) {
    if (e instanceof TomlError) {
      const first = e.message.split("\n")[0];
      throw new CargoError("config", `could not parse TOML configuration: ${first}`, { file, line: e.line, col: e.column });
    }
    throw new CargoError("config", `could not parse TOML configuration: ${String(e)}`, { file });
  }
  try {
    return fromToml(doc, { kind: "path", file });
  } catch (e) {
    if (e instanceof RangeError) throw new CargoError("config", "configuration is nested too deeply", { file });
    throw e;
  }
}
function fromToml(v2, def) {
  if (typeof v2 === "string") return { kind: "string", val: v2, def };
  if (typeof v2 === "boolean") return { kind: "boolean", val: v2, def };
  if (typeof v2 === "bigint") return { kind: "integer", val: v2, def };
  if (typeof v2 === "number") return { kind: Number.isInteger(v2) ? "integer" : "float", val: v2, def };
  if (Array.isArray(v2)) return { kind: "array", val: v2.map((x) => fromToml(x, def)), def };
  if (v2 instanceof Date) return { kind: "datetime", val: v2.toISOString(), def };
  const val = /* @__PURE__ */ new Map();
  for (const [k2, x] of Object.entries(v2)) val.set(k2, fromToml(x, def));
  return { kind: "table", val, def };
}
function mergeInto(into, from, key = []) {
  if (into.kind === "table" && from.kind === "table") {
    for (const [k2, v2] of from.val) {
      const old = into.val.get(k2);
      if (old === void 0) into.val.set(k2, v2);
      else mergeInto(old, v2, [...key, k2]);
    }
  } else if (into.kind === "array" && from.kind === "array") {
    into.val.unshift(...from.val);
  } else if (into.kind === "table" || from.kind === "table" || into.kind === "array" || from.kind === "array") {
    throw new CargoError(
      "config",
      `failed to merge key \`${key.join(".")}\` between ${describe2(from.def)} and ${describe2(into.def)}: expected ${into.kind}, but found ${from.kind}`,
      definitionLocation(from.def, key)
    );
  }
}
function describe2(def) {
  return def.kind === "path" ? def.file : `environment variable \`${def.key}\``;
}
function definitionLocation(def, key) {
  if (def.kind !== "path") return void 0;
  let pos;
  try {
    pos = new TomlLocator(fs16.readFileSync(def.file, "utf8")).find(key);
  } catch {
    pos = void 0;
  }
  return pos ? { file: def.file, line: pos.line, col: pos.col } : { file: def.file };
}

// src/cargo/util/context/source_config.ts
var CRATES_IO_REGISTRY = "crates-io";
var CRATES_IO_CANONICAL = /* @__PURE__ */ new Set([canonicalUrl(CRATES_IO_INDEX), canonicalUrl(CRATES_IO_HTTP_INDEX)]);
function isCratesIoUrl(url) {
  return CRATES_IO_CANONICAL.has(canonicalUrl(url));
}
var SourceConfigMap = class {
  /**
   * @param table merged `source` config value, if any
   * @param cwd base for relative paths set through the environment
   * @param altRegistry `[registries.<name>]` lookup, for `replace-with = "<registry>"`
   */
  constructor(table, cwd, altRegistry) {
    this.altRegistry = altRegistry;
    this.cfgs.set(CRATES_IO_REGISTRY, {});
    if (table === void 0) return;
    if (table.kind !== "table") throw typeError2(["source"], table, "a table");
    for (const [name, def] of table.val) this.cfgs.set(name, parseSourceConfig(name, def, cwd));
  }
  altRegistry;
  cfgs = /* @__PURE__ */ new Map();
  /** Name of the `[source]` entry whose registry is `url`; `crates-io` for either crates.io spelling. */
  nameForRegistryUrl(url) {
    if (isCratesIoUrl(url)) return CRATES_IO_REGISTRY;
    const want = canonicalUrl(url);
    const kind = url.startsWith("sparse+") ? "sparse" : "registry";
    for (const [name, cfg] of this.cfgs) {
      const loc = cfg.location;
      if (loc?.kind === kind && canonicalUrl(loc.url) === want) return name;
    }
    return void 0;
  }
  /** The final replacement of source `name`, or undefined when cargo uses it as is. */
  replacementFor(name) {
    const start = this.cfgs.get(name);
    if (!start) return void 0;
    let current = name;
    let via;
    const chain = [name];
    for (; ; ) {
      const cfg = this.cfgs.get(current);
      if (!cfg) {
        const alt = this.altRegistry(current);
        if (alt) {
          return this.unlessOriginal(name, start, {
            name: current,
            kind: alt.index.startsWith("sparse+") ? "sparse" : "registry",
            url: alt.index,
            definedIn: describe2(alt.def)
          });
        }
        throw new CargoError(
          "config",
          `could not find a configured source with the name \`${current}\` when attempting to lookup \`${name}\` (configuration in ${via ? describe2(via) : "unknown"})`,
          via && definitionLocation(via, ["source", chain[chain.length - 2], "replace-with"])
        );
      }
      if (cfg.replaceWith) {
        via = cfg.replaceWith.def;
        const next = cfg.replaceWith.name;
        if (chain.includes(next)) {
          throw new CargoError(
            "config",
            `detected a cycle of \`replace-with\` sources, the source \`${next}\` is eventually replaced with itself (${[...chain, next].map((n) => `\`${n}\``).join(" -> ")})`,
            definitionLocation(via, ["source", current, "replace-with"])
          );
        }
        chain.push(next);
        current = next;
        continue;
      }
      return this.unlessOriginal(name, start, cfg.location ?? cratesIo());
    }
  }
  /** A chain that ends at the source it started from means no replacement. */
  unlessOriginal(name, start, target) {
    const original = name === CRATES_IO_REGISTRY ? cratesIo() : start.location;
    if (sameSource2(original, target)) return void 0;
    checkReplaceable(name, original, target, start.replaceWith?.def);
    return target;
  }
};
function checkReplaceable(name, original, target, via) {
  const where = via && definitionLocation(via, ["source", name, "replace-with"]);
  if (original.kind !== "git" && target.kind === "git") {
    throw new CargoError(
      "config",
      `cannot replace \`${name}\` with \`${target.name}\`, the source \`${name}\` supports checksums, but \`${target.name}\` does not; a lock file compatible with \`${name}\` cannot be generated in this situation`,
      where
    );
  }
  if (original.kind === "git" && target.kind !== "git") {
    throw new CargoError(
      "config",
      `cannot replace \`${name}\` with \`${target.name}\`, the source \`${name}\` requires a lock file to be present first before it can be used against vendored source code`,
      where
    );
  }
}
function cratesIo() {
  return { name: CRATES_IO_REGISTRY, kind: "sparse", url: CRATES_IO_HTTP_INDEX, definedIn: "built-in" };
}
function sameSource2(a, b2) {
  const registryish = (l) => l.kind === "sparse" || l.kind === "registry";
  if (registryish(a) && registryish(b2) && isCratesIoUrl(a.url) && isCratesIoUrl(b2.url)) return true;
  return a.kind === b2.kind && canonicalUrl(a.url) === canonicalUrl(b2.url) && a.gitReference?.name === b2.gitReference?.name;
}
function parseSourceConfig(name, value, cwd) {
  const key = ["source", name];
  if (value.kind !== "table") throw typeError2(key, value, "a table");
  const str = (k2) => {
    const v2 = value.val.get(k2);
    if (v2 === void 0) return void 0;
    if (v2.kind !== "string") throw typeError2([...key, k2], v2, "a string");
    return { val: v2.val, def: v2.def };
  };
  const locations = [];
  const registry = str("registry");
  if (registry) {
    const url = checkUrl2(registry, [...key, "registry"]);
    locations.push({ name, kind: url.startsWith("sparse+") ? "sparse" : "registry", url, definedIn: describe2(registry.def) });
  }
  for (const kind of ["local-registry", "directory"]) {
    const p2 = str(kind);
    if (p2) locations.push({ name, kind, url: pathToFileURL3(resolveConfigPath(p2.val, p2.def, cwd)).href, definedIn: describe2(p2.def) });
  }
  const git2 = str("git");
  if (git2) {
    const refs = ["branch", "tag", "rev"].flatMap((k2) => {
      const v2 = str(k2);
      return v2 ? [{ kind: k2, name: v2.val }] : [];
    });
    if (refs.length > 1) {
      throw new CargoError("config", `\`source.${name}\` may only specify one of \`branch\`, \`tag\` or \`rev\``, definitionLocation(git2.def, key));
    }
    locations.push({ name, kind: "git", url: checkUrl2(git2, [...key, "git"]), definedIn: describe2(git2.def), gitReference: refs[0] });
  }
  if (locations.length > 1) {
    throw new CargoError("config", `more than one source location specified for \`source.${name}\``, definitionLocation(value.def, key));
  }
  if (locations.length === 0 && name !== CRATES_IO_REGISTRY) {
    throw new CargoError(
      "config",
      `no source location specified for \`source.${name}\`, need \`registry\`, \`local-registry\`, \`directory\`, or \`git\` defined`,
      definitionLocation(value.def, key)
    );
  }
  const rw = str("replace-with");
  return { location: locations[0], replaceWith: rw && { name: rw.val, def: rw.def } };
}
function resolveConfigPath(value, def, cwd) {
  const base = def.kind === "path" ? path16.dirname(path16.dirname(def.file)) : cwd;
  return path16.resolve(base, value);
}
function checkUrl2(v2, key) {
  try {
    canonicalUrl(v2.val);
  } catch {
    throw new CargoError(
      "config",
      `configuration key \`${key.join(".")}\` specified an invalid URL \`${v2.val}\` (in ${describe2(v2.def)})`,
      definitionLocation(v2.def, key)
    );
  }
  return v2.val;
}
function typeError2(key, v2, expected) {
  return new CargoError(
    "config",
    `\`${key.join(".")}\` expected ${expected}, but found ${v2.kind} (in ${describe2(v2.def)})`,
    definitionLocation(v2.def, key)
  );
}

// src/cargo/util/context.ts
var GlobalContext = class _GlobalContext {
  constructor(cwd, cargoHome2, files, warnings, values, env) {
    this.cwd = cwd;
    this.cargoHome = cargoHome2;
    this.files = files;
    this.warnings = warnings;
    this.values = values;
    this.env = env;
  }
  cwd;
  cargoHome;
  files;
  warnings;
  values;
  env;
  sourceMap;
  static load(cwd, env = process.env) {
    const abs = path17.resolve(cwd);
    const home = cargoHome(env, process.platform, void 0, process.cwd());
    const warnings = [];
    const files = [];
    for (let dir = abs; ; dir = path17.dirname(dir)) {
      const file = configFileIn(path17.join(dir, ".cargo"), warnings);
      if (file) files.push(file);
      if (path17.dirname(dir) === dir) break;
    }
    const homeFile = configFileIn(home, warnings);
    if (homeFile && !files.includes(homeFile)) files.push(homeFile);
    const values = { kind: "table", val: /* @__PURE__ */ new Map(), def: { kind: "path", file: files[0] ?? home } };
    for (const file of files) mergeInto(values, loadConfigFile(file));
    const cx = new _GlobalContext(abs, home, files, [...new Set(warnings)], values, env);
    cx.sources();
    return cx;
  }
  /** The merged config value at `key` (files only; see `getString` for env overrides). */
  get(key) {
    let v2 = this.values;
    for (const k2 of key) {
      if (v2?.kind !== "table") return void 0;
      v2 = v2.val.get(k2);
    }
    return v2;
  }
  /** A string setting: `CARGO_<KEY>` in the environment wins over the files. */
  getString(key) {
    const envKey = envKeyFor(key);
    const fromEnv = this.env[envKey];
    if (fromEnv !== void 0) return { val: fromEnv, def: { kind: "environment", key: envKey } };
    const v2 = this.get(key);
    if (v2 === void 0) return void 0;
    if (v2.kind !== "string") throw typeError2([...key], v2, "a string");
    return { val: v2.val, def: v2.def };
  }
  /** `[registries.<name>] index` or `CARGO_REGISTRIES_<NAME>_INDEX`. */
  registryIndex(name) {
    return this.altRegistry(name)?.index;
  }
  /** `[registries.<name>] token` or `CARGO_REGISTRIES_<NAME>_TOKEN`; `[registry] token` for crates-io. */
  registryToken(name) {
    const key = name === "crates-io" ? ["registry", "token"] : ["registries", name, "token"];
    return this.getString(key)?.val;
  }
  /**
   * The token for a registry known by its index URL (with `sparse+` where
   * sparse): the `[registries.<name>]` whose index it is, else the
   * `[source]` entry that names it (`crates-io` for crates.io).
   */
  tokenForIndexUrl(url) {
    const want = canonicalUrl(url);
    const registries = this.get(["registries"]);
    if (registries?.kind === "table") {
      for (const name2 of registries.val.keys()) {
        const index = this.registryIndex(name2);
        if (index !== void 0 && index.startsWith("sparse+") === url.startsWith("sparse+") && canonicalUrl(index) === want) {
          return this.registryToken(name2);
        }
      }
    }
    const name = this.sourceNameForRegistryUrl(url);
    return name === void 0 ? void 0 : this.registryToken(name);
  }
  /** `[registry] default` or `CARGO_REGISTRY_DEFAULT`; undefined means crates-io. */
  defaultRegistry() {
    return this.getString(["registry", "default"])?.val;
  }
  /** Follows `[source.<name>] replace-with` to the final source; undefined if not replaced. */
  replacementFor(sourceName) {
    return this.sources().replacementFor(sourceName);
  }
  /**
   * The replacement for the source with this index URL (`sparse+` kept), as
   * cargo matches replaced sources by URL. Both crates.io spellings are `crates-io`.
   */
  replacementForUrl(url) {
    const name = this.sourceNameForRegistryUrl(url);
    return name === void 0 ? void 0 : this.replacementFor(name);
  }
  /** Name of the `[source]` entry for a registry index URL (`crates-io` for crates.io). */
  sourceNameForRegistryUrl(url) {
    return this.sources().nameForRegistryUrl(url);
  }
  sources() {
    this.sourceMap ??= new SourceConfigMap(this.get(["source"]), this.cwd, (name) => this.altRegistry(name));
    return this.sourceMap;
  }
  altRegistry(name) {
    const key = ["registries", name, "index"];
    const v2 = this.getString(key);
    if (v2 === void 0) return void 0;
    return { index: checkUrl2(v2, key), def: v2.def };
  }
};
function envKeyFor(key) {
  return ["CARGO", ...key].join("_").toUpperCase().replace(/-/g, "_");
}
function configFileIn(dir, warnings) {
  const legacy = path17.join(dir, "config");
  const toml = path17.join(dir, "config.toml");
  const legacyExists = isFile(legacy);
  if (legacyExists && isFile(toml)) warnings.push(`both \`${legacy}\` and \`${toml}\` exist. Using \`${legacy}\``);
  if (legacyExists) return legacy;
  return isFile(toml) ? toml : void 0;
}
function isFile(p2) {
  try {
    return fs17.statSync(p2).isFile();
  } catch {
    return false;
  }
}

// src/cargo/ops/project.ts
function loadProject(dir, opts = {}) {
  const env = opts.env ?? process.env;
  const abs = path18.resolve(dir);
  const config = GlobalContext.load(abs, env);
  const ws2 = Workspace.load(abs, { cargoHome: config.cargoHome });
  const cargoVersion = opts.cargoVersion ?? detectCargoVersion({ cwd: abs, env });
  return { dir: abs, ws: ws2, config, layout: new CargoHomeLayout(config.cargoHome, config, cargoVersion) };
}

// src/cli/output.ts
var UsageError = class extends Error {
};
function json(value) {
  return JSON.stringify(value, null, 2) + "\n";
}

// src/cli/fetch.ts
async function fetchCommand(argv, env = process.env) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { concurrency: { type: "string" }, "cargo-version": { type: "string" } }
  });
  if (positionals.length > 1) throw new UsageError("fetch takes at most one directory");
  const concurrency = values.concurrency === void 0 ? void 0 : Number(values.concurrency);
  if (concurrency !== void 0 && (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 256)) {
    throw new UsageError("--concurrency must be a whole number from 1 to 256");
  }
  const project = loadProject(positionals[0] ?? ".", { env });
  const plan = planLayout(project.ws, project.layout);
  const log = (line) => process.stderr.write(`${line}
`);
  const report = await fetchPlans([plan], project.layout, {
    concurrency,
    log,
    token: (url) => project.config.tokenForIndexUrl(url)
  });
  const lines = [describeFetch(report)];
  for (const why of report.fallback) {
    log(`note: ${why}; falling back to \`cargo fetch --locked\``);
    const code = await cargoFetch(project.dir, env);
    if (code !== 0) return { stdout: lines.join("\n") + "\n", code: 1 };
    lines.push("cargo fetch --locked: done");
  }
  return { stdout: lines.join("\n") + "\n", code: 0 };
}
function cargoFetch(cwd, env) {
  return new Promise((resolve7) => {
    const child = spawn3("cargo", ["fetch", "--locked"], { cwd, env, stdio: ["ignore", "inherit", "inherit"] });
    child.once("error", () => resolve7(127));
    child.once("exit", (code) => resolve7(code ?? 1));
  });
}

// src/cli/run.ts
import { parseArgs as parseArgs2 } from "node:util";

// src/cargo/ops/check_lockfile.ts
import * as fs19 from "node:fs";

// src/cargo/util/few_strings.ts
var EMPTY = Object.freeze([]);
var FewStrings = class _FewStrings {
  items = EMPTY;
  index;
  /** The members, in insertion order; do not modify. */
  get list() {
    return this.items;
  }
  has(v2) {
    return this.index ? this.index.has(v2) : this.items.includes(v2);
  }
  /** False when `v` was already there. */
  add(v2) {
    if (this.has(v2)) return false;
    if (this.items === EMPTY) this.items = [v2];
    else this.items.push(v2);
    if (this.index) this.index.add(v2);
    else if (this.items.length > _FewStrings.LINEAR) this.index = new Set(this.items);
    return true;
  }
  /** Past this many, `has` uses a Set: below it, a scan is cheaper than hashing. */
  static LINEAR = 16;
};

// src/cargo/core/resolver/features.ts
function resolveFeatures(roots, node, target) {
  const states = [];
  const res = { expanded: [], activated: [], features: [], origin: [] };
  const queue = [];
  const expansion = new Expansion();
  const stateOf = (id, at2) => {
    let st2 = states[id];
    if (!st2) {
      st2 = { id, node: void 0, requested: new FewStrings(), origin: at2, queued: false, reached: false };
      states[id] = st2;
      res.origin[id] = at2;
    }
    return st2;
  };
  const request = (st2, a, b2, withDefault) => {
    const set = st2.requested;
    let grew = !st2.reached;
    st2.reached = true;
    for (const v2 of a) if (set.add(v2)) grew = true;
    if (b2) {
      for (const v2 of b2) if (set.add(v2)) grew = true;
    }
    if (withDefault && set.add("default")) grew = true;
    if (!grew || st2.queued) return;
    st2.node ??= node(st2.id);
    if (st2.node) queue.push(st2), st2.queued = true;
  };
  for (const r of roots) request(stateOf(r.id, void 0), allFeatureValues(r.summary));
  for (let head = 0; head < queue.length; head++) {
    const st2 = queue[head];
    const n = st2.node;
    st2.queued = false;
    const map = st2.map ??= featureMap(n.summary);
    const deps = n.summary.dependencies;
    const edges = st2.edges ??= new Array(deps.length);
    const { enabled, activeOptional, depRequests } = expansion.run(n.summary, map, st2.requested.list);
    if (res.features[n.id] === void 0) res.expanded.push(n.id);
    res.features[n.id] = enabled.list;
    const isActive = (dep) => !(dep.kind === "dev" && !n.member) && !(dep.optional && !activeOptional?.has(dep.nameInToml));
    let count = 0;
    for (const dep of deps) if (isActive(dep)) count++;
    const active = new Array(count);
    for (let i = 0, k2 = 0; i < deps.length; i++) {
      const dep = deps[i];
      if (!isActive(dep)) continue;
      let to2 = edges[i];
      if (to2 === void 0) {
        const t = target(n, dep);
        to2 = edges[i] = t === void 0 ? null : stateOf(t, n.member ? dep : st2.origin);
      }
      active[k2++] = { dep, target: to2?.id };
      if (to2) request(to2, dep.features, depRequests?.get(dep.nameInToml), dep.defaultFeatures);
    }
    res.activated[n.id] = active;
  }
  return res;
}
function featureMap(s3) {
  let explicitDep;
  let map;
  for (const d of s3.dependencies) {
    if (!d.optional) continue;
    if (!explicitDep) {
      explicitDep = /* @__PURE__ */ new Set();
      for (const values of Object.values(s3.features)) {
        for (const v2 of values) if (v2.startsWith("dep:")) explicitDep.add(v2.slice(4));
      }
    }
    if (!explicitDep.has(d.nameInToml) && !Object.hasOwn(map ?? s3.features, d.nameInToml)) {
      (map ??= { ...s3.features })[d.nameInToml] = [`dep:${d.nameInToml}`];
    }
  }
  return map ?? s3.features;
}
function allFeatureValues(s3) {
  return ["default", ...Object.keys(featureMap(s3))];
}
var Expansion = class {
  s;
  map;
  enabled;
  activeOptional;
  depRequests;
  run(s3, map, requested) {
    this.s = s3;
    this.map = map;
    this.enabled = new FewStrings();
    this.activeOptional = void 0;
    this.depRequests = void 0;
    for (const v2 of requested) this.visit(v2);
    return this;
  }
  turnOn(dep) {
    (this.activeOptional ??= new FewStrings()).add(dep);
  }
  addReq(dep, feat) {
    const list = (this.depRequests ??= /* @__PURE__ */ new Map()).get(dep);
    if (list) list.push(feat);
    else this.depRequests.set(dep, [feat]);
  }
  visit(v2) {
    if (v2.startsWith("dep:")) {
      this.turnOn(v2.slice(4));
      return;
    }
    const slash = v2.indexOf("/");
    if (slash >= 0) {
      let dep = v2.slice(0, slash);
      const feat = v2.slice(slash + 1);
      if (dep.endsWith("?")) {
        dep = dep.slice(0, -1);
        this.turnOn(dep);
        this.addReq(dep, feat);
        return;
      }
      this.turnOn(dep);
      if (Object.hasOwn(this.map, dep) && !this.enabled.has(dep) && !Object.hasOwn(this.s.features, dep)) this.visit(dep);
      this.addReq(dep, feat);
      return;
    }
    if (!Object.hasOwn(this.map, v2) || !this.enabled.add(v2)) return;
    for (const w2 of this.map[v2]) this.visit(w2);
  }
};

// src/cargo/ops/freshness/report.ts
init_errors();
function verdictOf(reasons) {
  if (reasons.some((r) => r.verdict === "stale")) return "stale";
  return reasons.length ? "undecided" : "fresh";
}
function formatReason(r) {
  const loc = { ...r.location, line: r.location.line ?? 1, col: r.location.col ?? 1 };
  return `${formatLocation(loc)}: ${r.verdict === "undecided" ? "undecided: " : ""}${r.message}`;
}

// src/cargo/ops/freshness/source_matcher.ts
init_source_id();
init_canonical_url();
init_errors();

// src/cargo/util/semver_ext.ts
init_errors();
var SemverError = class extends Error {
};
var U64_MAX = 18446744073709551615n;
function quoted(ch) {
  return ch === "	" ? "'\\t'" : ch === "\n" ? "'\\n'" : ch === "\r" ? "'\\r'" : `'${ch}'`;
}
function isDigit2(c) {
  return c !== void 0 && c >= "0" && c <= "9";
}
function numericIdentifier(s3, pos) {
  let len = 0;
  while (isDigit2(s3[len])) len++;
  if (len === 0) {
    if (s3.length === 0) throw new SemverError(`unexpected end of input while parsing ${pos}`);
    throw new SemverError(`unexpected character ${quoted(s3[0])} while parsing ${pos}`);
  }
  if (len > 1 && s3[0] === "0") throw new SemverError(`invalid leading zero in ${pos}`);
  const n = BigInt(s3.slice(0, len));
  if (n > U64_MAX) throw new SemverError(`value of ${pos} exceeds u64::MAX`);
  return [n, s3.slice(len)];
}
function identifier(s3, pos) {
  let acc = 0;
  for (; ; ) {
    let seg = 0;
    let nonDigit = false;
    for (; ; ) {
      const c = s3[acc + seg];
      if (c === void 0 || !/[0-9A-Za-z-]/.test(c)) break;
      if (!isDigit2(c)) nonDigit = true;
      seg++;
    }
    const boundary = s3[acc + seg];
    if (seg === 0) {
      if (acc === 0 && boundary !== ".") return ["", s3];
      throw new SemverError(`empty identifier segment in ${pos}`);
    }
    if (pos === "pre-release identifier" && seg > 1 && !nonDigit && s3[acc] === "0") {
      throw new SemverError(`invalid leading zero in ${pos}`);
    }
    acc += seg;
    if (boundary !== ".") return [s3.slice(0, acc), s3.slice(acc)];
    acc++;
  }
}
function nonEmptyIdentifier(s3, pos) {
  const [id, rest] = identifier(s3, pos);
  if (id === "") throw new SemverError(`empty identifier segment in ${pos}`);
  return [id, rest];
}
function parseVersionInner(s3) {
  if (s3 === "") throw new SemverError("empty string, expected a semver version");
  const dot = (t2, pos2) => {
    if (t2.startsWith(".")) return t2.slice(1);
    if (t2 === "") throw new SemverError(`unexpected end of input while parsing ${pos2}`);
    throw new SemverError(`unexpected character ${quoted(t2[0])} after ${pos2}`);
  };
  let [major, t] = numericIdentifier(s3, "major version number");
  t = dot(t, "major version number");
  let minor;
  [minor, t] = numericIdentifier(t, "minor version number");
  t = dot(t, "minor version number");
  let patch;
  [patch, t] = numericIdentifier(t, "patch version number");
  let pre = "";
  let build = "";
  let pos = "patch version number";
  if (t.startsWith("-")) {
    pos = "pre-release identifier";
    [pre, t] = nonEmptyIdentifier(t.slice(1), pos);
  }
  if (t.startsWith("+")) {
    pos = "build metadata";
    [build, t] = nonEmptyIdentifier(t.slice(1), pos);
  }
  if (t !== "") throw new SemverError(`unexpected character ${quoted(t[0])} after ${pos}`);
  return { major, minor, patch, pre, build };
}
function parseVersion(s3, loc, kind = "manifest") {
  try {
    return parseVersionInner(s3);
  } catch (e) {
    if (e instanceof SemverError) throw new CargoError(kind, `invalid version \`${s3}\`: ${e.message}`, loc);
    throw e;
  }
}
function comparePrerelease(a, b2) {
  if (a === b2) return 0;
  if (a === "") return 1;
  if (b2 === "") return -1;
  const as2 = a.split(".");
  const bs2 = b2.split(".");
  for (let i = 0; i < Math.min(as2.length, bs2.length); i++) {
    const x = as2[i];
    const y = bs2[i];
    const xn2 = /^[0-9]+$/.test(x);
    const yn2 = /^[0-9]+$/.test(y);
    let c;
    if (xn2 && yn2) c = x.length !== y.length ? x.length - y.length : x < y ? -1 : x > y ? 1 : 0;
    else if (xn2 !== yn2) c = xn2 ? -1 : 1;
    else c = x < y ? -1 : x > y ? 1 : 0;
    if (c !== 0) return Math.sign(c);
  }
  return Math.sign(as2.length - bs2.length);
}
var isWildcard = (c) => c === "*" || c === "x" || c === "X";
function parseOp(s3) {
  if (s3.startsWith(">=")) return ["GreaterEq", s3.slice(2)];
  if (s3.startsWith("<=")) return ["LessEq", s3.slice(2)];
  switch (s3[0]) {
    case "=":
      return ["Exact", s3.slice(1)];
    case ">":
      return ["Greater", s3.slice(1)];
    case "<":
      return ["Less", s3.slice(1)];
    case "~":
      return ["Tilde", s3.slice(1)];
    case "^":
      return ["Caret", s3.slice(1)];
    default:
      return ["Caret", s3];
  }
}
var trimSpaces = (s3) => s3.replace(/^ +/, "");
function parseComparator(input) {
  let [op, t] = parseOp(input);
  const defaultOp = t.length === input.length;
  t = trimSpaces(t);
  let pos = "major version number";
  let major;
  [major, t] = numericIdentifier(t, pos);
  let minor;
  let patch;
  let hasWildcard = false;
  if (t.startsWith(".")) {
    t = t.slice(1);
    pos = "minor version number";
    if (isWildcard(t[0])) {
      hasWildcard = true;
      if (defaultOp) op = "Wildcard";
      t = t.slice(1);
    } else {
      [minor, t] = numericIdentifier(t, pos);
    }
  }
  if (t.startsWith(".")) {
    t = t.slice(1);
    pos = "patch version number";
    if (isWildcard(t[0])) {
      if (defaultOp) op = "Wildcard";
      t = t.slice(1);
    } else if (hasWildcard) {
      throw new SemverError("unexpected character after wildcard in version req");
    } else {
      [patch, t] = numericIdentifier(t, pos);
    }
  }
  let pre = "";
  if (patch !== void 0 && t.startsWith("-")) {
    pos = "pre-release identifier";
    [pre, t] = nonEmptyIdentifier(t.slice(1), pos);
  }
  if (patch !== void 0 && t.startsWith("+")) {
    pos = "build metadata";
    [, t] = nonEmptyIdentifier(t.slice(1), pos);
  }
  return [{ op, major, minor, patch, pre }, pos, trimSpaces(t)];
}
var MAX_COMPARATORS = 32;
function parseReqInner(text) {
  let t = trimSpaces(text);
  if (isWildcard(t[0])) {
    const rest = trimSpaces(t.slice(1));
    if (rest === "") return [];
    if (rest.startsWith(",")) throw new SemverError(`wildcard req (${t[0]}) must be the only comparator in the version req`);
    throw new SemverError("unexpected character after wildcard in version req");
  }
  const out = [];
  for (; ; ) {
    let parsed;
    try {
      parsed = parseComparator(t);
    } catch (e) {
      const rest2 = trimSpaces(t.slice(1));
      if (e instanceof SemverError && isWildcard(t[0]) && (rest2 === "" || rest2.startsWith(","))) {
        throw new SemverError(`wildcard req (${t[0]}) must be the only comparator in the version req`);
      }
      throw e;
    }
    const [cmp, pos, rest] = parsed;
    out.push(cmp);
    if (rest === "") return out;
    if (!rest.startsWith(",")) throw new SemverError(`expected comma after ${pos}, found ${quoted(rest[0])}`);
    if (out.length === MAX_COMPARATORS) throw new SemverError("excessive number of version comparators");
    t = trimSpaces(rest.slice(1));
  }
}
function matchesExact(c, v2) {
  if (v2.major !== c.major) return false;
  if (c.minor !== void 0 && v2.minor !== c.minor) return false;
  if (c.patch !== void 0 && v2.patch !== c.patch) return false;
  return v2.pre === c.pre;
}
function matchesOrdered(c, v2, sign) {
  const beyond = (a, b2) => sign === 1 ? a > b2 : a < b2;
  if (v2.major !== c.major) return beyond(v2.major, c.major);
  if (c.minor === void 0) return false;
  if (v2.minor !== c.minor) return beyond(v2.minor, c.minor);
  if (c.patch === void 0) return false;
  if (v2.patch !== c.patch) return beyond(v2.patch, c.patch);
  return comparePrerelease(v2.pre, c.pre) * sign > 0;
}
function matchesTilde(c, v2) {
  if (v2.major !== c.major) return false;
  if (c.minor !== void 0 && v2.minor !== c.minor) return false;
  if (c.patch !== void 0 && v2.patch !== c.patch) return v2.patch > c.patch;
  return comparePrerelease(v2.pre, c.pre) >= 0;
}
function matchesCaret(c, v2) {
  if (v2.major !== c.major) return false;
  if (c.minor === void 0) return true;
  if (c.patch === void 0) return c.major > 0n ? v2.minor >= c.minor : v2.minor === c.minor;
  if (c.major > 0n) {
    if (v2.minor !== c.minor) return v2.minor > c.minor;
    if (v2.patch !== c.patch) return v2.patch > c.patch;
  } else if (c.minor > 0n) {
    if (v2.minor !== c.minor) return false;
    if (v2.patch !== c.patch) return v2.patch > c.patch;
  } else if (v2.minor !== c.minor || v2.patch !== c.patch) {
    return false;
  }
  return comparePrerelease(v2.pre, c.pre) >= 0;
}
function comparatorMatches(c, v2) {
  switch (c.op) {
    case "Exact":
    case "Wildcard":
      return matchesExact(c, v2);
    case "Greater":
      return matchesOrdered(c, v2, 1);
    case "GreaterEq":
      return matchesExact(c, v2) || matchesOrdered(c, v2, 1);
    case "Less":
      return matchesOrdered(c, v2, -1);
    case "LessEq":
      return matchesExact(c, v2) || matchesOrdered(c, v2, -1);
    case "Tilde":
      return matchesTilde(c, v2);
    case "Caret":
      return matchesCaret(c, v2);
  }
}
function preIsCompatible(c, v2) {
  return c.major === v2.major && c.minor === v2.minor && c.patch === v2.patch && c.pre !== "";
}
var OP_PREFIX = {
  Exact: "=",
  Greater: ">",
  GreaterEq: ">=",
  Less: "<",
  LessEq: "<=",
  Tilde: "~",
  Caret: "^",
  Wildcard: ""
};
function formatComparator(c) {
  let s3 = `${OP_PREFIX[c.op]}${c.major}`;
  if (c.minor !== void 0) {
    s3 += `.${c.minor}`;
    if (c.patch !== void 0) s3 += `.${c.patch}${c.pre ? `-${c.pre}` : ""}`;
    else if (c.op === "Wildcard") s3 += ".*";
  } else if (c.op === "Wildcard") {
    s3 += ".*";
  }
  return s3;
}
var PARSED = /* @__PURE__ */ new Map();
var MAX_REMEMBERED = 1e4;
var VersionReq = class _VersionReq {
  constructor(comparators) {
    this.comparators = comparators;
  }
  comparators;
  /** `*`: matches every version without a pre-release. */
  static STAR = new _VersionReq([]);
  seen;
  /**
   * Parses a dependency's `version` as Cargo does. `dependency` only
   * improves the error message.
   */
  static parse(s3, loc, dependency) {
    const known = PARSED.get(s3);
    if (known) return known;
    try {
      const r = new _VersionReq(parseReqInner(s3));
      if (PARSED.size < 1e5) PARSED.set(s3, r);
      return r;
    } catch (e) {
      if (!(e instanceof SemverError)) throw e;
      const forDep = dependency ? ` for dependency \`${dependency}\`` : "";
      throw new CargoError("manifest", `failed to parse the version requirement \`${s3}\`${forDep}: ${e.message}`, resolveWhere(loc));
    }
  }
  /** Forgets memoised parses, so a benchmark can time what one fresh run does. */
  static clearCache() {
    PARSED.clear();
  }
  /**
   * Accepts a version string (parsed strictly; bad input is a CargoError) or
   * a parsed `Version`. Answers for strings are remembered: in a large graph
   * the same requirement meets the same version thousands of times.
   */
  matches(version) {
    if (typeof version !== "string") return this.matchesVersion(version);
    const memo = this.seen ??= /* @__PURE__ */ new Map();
    let m2 = memo.get(version);
    if (m2 === void 0) {
      m2 = this.matchesVersion(parseVersion(version));
      if (memo.size < MAX_REMEMBERED) memo.set(version, m2);
    }
    return m2;
  }
  matchesVersion(v2) {
    if (!this.comparators.every((c) => comparatorMatches(c, v2))) return false;
    if (v2.pre === "") return true;
    return this.comparators.some((c) => preIsCompatible(c, v2));
  }
  /** Canonical form, as cargo prints it: `1.2` shows as `^1.2`, `x` as `*`. */
  toString() {
    return this.comparators.length === 0 ? "*" : this.comparators.map(formatComparator).join(", ");
  }
};

// src/cargo/ops/freshness/source_matcher.ts
var CRATES_IO_CANONICAL2 = canonicalUrl(CRATES_IO_INDEX);
var CRATES_IO_SOURCE = { key: "crates-io", canonical: CRATES_IO_CANONICAL2 };
function lockedSourceKey(p2) {
  if (!p2.sourceId) return "path";
  return p2.sourceId.isCratesIo() ? "crates-io" : p2.sourceId.key();
}
var SourceMatcher = class {
  constructor(locals, registries, patch) {
    this.locals = locals;
    this.registries = registries;
    for (const [key, deps] of Object.entries(patch)) {
      const canon = this.patchKeyCanonical(key, deps[0]);
      const byName = /* @__PURE__ */ new Map();
      for (const d of deps) {
        const t = this.patchTarget(d);
        const list = byName.get(d.packageName);
        if (list) list.push(t);
        else byName.set(d.packageName, [t]);
      }
      this.patches.set(canon, byName);
    }
  }
  locals;
  registries;
  reqs = /* @__PURE__ */ new Map();
  patches = /* @__PURE__ */ new Map();
  // Keyed by object: every declaration and locked package asks again for each candidate.
  wanted = /* @__PURE__ */ new WeakMap();
  patchTargets() {
    return [...this.patches.values()].flatMap((m2) => [...m2.values()].flat());
  }
  req(s3, dep) {
    if (s3 === void 0) return void 0;
    let r = this.reqs.get(s3);
    if (!r) this.reqs.set(s3, r = VersionReq.parse(s3, () => dep?.location));
    return r;
  }
  /** The source a declaration asks for: a key for locked packages and a canonical URL for `[patch]`. */
  sourceOf(src) {
    let hit = this.wanted.get(src);
    if (!hit) this.wanted.set(src, hit = this.computeSourceOf(src));
    return hit;
  }
  computeSourceOf(src) {
    if (src.kind === "path") return { key: "path", canonical: "" };
    if (src.kind === "git") {
      const id2 = SourceId.forGit(src.url, src.reference);
      return { key: id2.key(), canonical: id2.canonicalUrl() };
    }
    const url = src.registryIndex ?? (src.registry ? this.registryUrl(src.registry) : void 0);
    if (url === void 0) return CRATES_IO_SOURCE;
    const id = SourceId.forRegistryIndex(url);
    return id.isCratesIo() ? CRATES_IO_SOURCE : { key: id.key(), canonical: id.canonicalUrl() };
  }
  matches(req, version) {
    return req === void 0 || req.matches(version);
  }
  accepts(dep, parent, cand) {
    if (cand.id.name !== dep.packageName) return false;
    const req = this.req(dep.req, dep);
    if (!this.matches(req, cand.id.version)) return false;
    const src = dep.source;
    if (src?.kind === "path") {
      const local = this.locals.get(src.path);
      return !cand.id.source && local !== void 0 && local.version === cand.id.version;
    }
    const want = src ? this.sourceOf(src) : this.parentSource(parent);
    const patches = this.patches.get(want.canonical)?.get(dep.packageName);
    const usable = patches?.filter((t) => t.version === void 0 || this.matches(req, t.version));
    if (usable?.length) return usable.some((t) => t.accepts(cand));
    return lockedSourceKey(cand) === want.key;
  }
  parentSource(parent) {
    const id = parent.sourceId;
    if (!id || id.isCratesIo()) return CRATES_IO_SOURCE;
    let hit = this.wanted.get(id);
    if (!hit) this.wanted.set(id, hit = { key: id.key(), canonical: id.canonicalUrl() });
    return hit;
  }
  registryUrl(name) {
    const url = this.registries.registryIndex(name);
    if (url === void 0) {
      throw new CargoError("config", `registry \`${name}\` is not defined in any .cargo/config.toml ([registries.${name}] index)`);
    }
    return url;
  }
  patchKeyCanonical(key, first) {
    if (key === "crates-io") return CRATES_IO_CANONICAL2;
    const named = this.registries.registryIndex(key);
    if (named !== void 0) return SourceId.forRegistryIndex(named).canonicalUrl();
    try {
      return canonicalUrl(key);
    } catch {
      throw new CargoError("manifest", `[patch] key \`${key}\` is neither a registry name nor a URL`, first?.location);
    }
  }
  patchTarget(d) {
    const src = d.source;
    if (src.kind === "path") {
      const local = this.locals.get(src.path);
      return {
        dep: d,
        version: local?.version,
        accepts: (p2) => !p2.id.source && p2.id.name === d.packageName && p2.id.version === local?.version
      };
    }
    const key = this.sourceOf(src).key;
    const req = this.req(d.req, d);
    return {
      dep: d,
      accepts: (p2) => p2.id.name === d.packageName && lockedSourceKey(p2) === key && this.matches(req, p2.id.version)
    };
  }
};

// src/cargo/ops/freshness/summaries.ts
import * as fs18 from "node:fs";
import * as path19 from "node:path";

// src/cargo/sources/registry/index_entry.ts
init_errors();
init_source_id();
function parseIndexEntry(line, where) {
  let v2;
  try {
    v2 = JSON.parse(line);
  } catch (e) {
    throw new CargoError("index", `invalid JSON in index entry: ${e.message}`, { file: where });
  }
  const o = v2;
  if (!o || typeof o !== "object" || typeof o.name !== "string" || typeof o.vers !== "string" || !Array.isArray(o.deps)) {
    throw new CargoError("index", "index entry lacks `name`, `vers` or `deps`", { file: where });
  }
  const bad = (what) => {
    throw new CargoError("index", `index entry \`${o.name} ${o.vers}\` has an invalid ${what}`, { file: where });
  };
  for (const d of o.deps) {
    const dep = d;
    if (!dep || typeof dep !== "object" || typeof dep.name !== "string" || typeof dep.req !== "string") bad("dependency");
    if (dep.features !== void 0 && !isStringArray(dep.features)) bad(`feature list of dependency \`${dep.name}\``);
    if (!optionalBool(dep.optional)) bad(`\`optional\` of \`${dep.name}\``);
    if (!optionalBool(dep.default_features)) bad(`\`default_features\` of \`${dep.name}\``);
    if (!nullableString(dep.target)) bad(`\`target\` of \`${dep.name}\``);
    if (!nullableString(dep.kind)) bad(`\`kind\` of \`${dep.name}\``);
    if (!nullableString(dep.package)) bad(`\`package\` of \`${dep.name}\``);
    if (!nullableString(dep.registry)) bad(`\`registry\` of \`${dep.name}\``);
    if (typeof dep.registry === "string" && !isRegistryUrl(dep.registry)) bad(`registry URL \`${dep.registry}\` of \`${dep.name}\``);
    try {
      VersionReq.parse(dep.req);
    } catch {
      bad(`requirement \`${dep.req}\` for \`${dep.name}\``);
    }
  }
  if (!isFeatureTable(o.features)) bad("`features` table");
  if (!isFeatureTable(o.features2)) bad("`features2` table");
  return o;
}
function isRegistryUrl(url) {
  try {
    SourceId.forRegistryIndex(url);
    return true;
  } catch {
    return false;
  }
}
function isStringArray(v2) {
  if (!Array.isArray(v2)) return false;
  for (const x of v2) if (typeof x !== "string") return false;
  return true;
}
function optionalBool(v2) {
  return v2 === void 0 || typeof v2 === "boolean";
}
function nullableString(v2) {
  return v2 === void 0 || v2 === null || typeof v2 === "string";
}
function isFeatureTable(f2) {
  if (f2 === void 0 || f2 === null) return true;
  if (typeof f2 !== "object" || Array.isArray(f2)) return false;
  for (const k2 in f2) if (Object.hasOwn(f2, k2) && !isStringArray(f2[k2])) return false;
  return true;
}
function summaryFromIndexEntry(e, source, id) {
  const dependencies = e.deps.map((d) => ({
    nameInToml: d.name,
    packageName: d.package ?? d.name,
    req: d.req,
    kind: d.kind ?? "normal",
    target: d.target ?? void 0,
    optional: d.optional ?? false,
    defaultFeatures: d.default_features ?? true,
    // JSON.parse makes a fresh `[]` for every dependency; keep the shared one instead.
    features: d.features?.length ? d.features : NO_FEATURES,
    // A dependency from another registry (an alternate registry's crate on crates.io) names its index.
    source: d.registry ? { kind: "registry", registryIndex: d.registry } : void 0
  }));
  return {
    id: id ?? { name: e.name, version: e.vers, source },
    dependencies,
    // Shared, not copied, when there is no `features2` to merge (the common case).
    features: e.features2 ? { ...e.features ?? {}, ...e.features2 } : e.features ?? {}
  };
}

// src/cargo/ops/freshness/summaries.ts
var SummaryStore = class {
  constructor(layout) {
    this.layout = layout;
  }
  layout;
  find(p2) {
    try {
      return this.findUnchecked(p2);
    } catch {
      return void 0;
    }
  }
  findUnchecked(p2) {
    const l = this.layout.of(p2.id, p2.sourceId);
    if (!l || l.kind === "vendored") return void 0;
    if (l.kind === "git") {
      const dir = this.layout.abs(l.checkout);
      const file = findPackageManifest(dir, p2.id.name, 3);
      return file ? fromManifest(parseManifest(file), p2) : void 0;
    }
    const where = this.layout.abs(l.index);
    const line = readIndexCacheLine(where, p2.id.version);
    if (line !== void 0) {
      const e = parseIndexEntry(line, where);
      return { summary: summaryFromIndexEntry(e, p2.id.source, p2.id), checksum: e.cksum };
    }
    const toml = path19.join(this.layout.abs(l.src), "Cargo.toml");
    return fs18.existsSync(toml) ? fromManifest(parseManifest(toml), p2) : void 0;
  }
};
function fromManifest(m2, p2) {
  if (!m2.package || m2.package.name !== p2.id.name || m2.package.version !== p2.id.version) return void 0;
  return { summary: { id: p2.id, dependencies: m2.dependencies, features: m2.features } };
}
function findPackageManifest(root, name, depth) {
  const queue = [[root, 0]];
  while (queue.length) {
    const [dir, d] = queue.shift();
    const file = path19.join(dir, "Cargo.toml");
    if (fs18.existsSync(file)) {
      const text = fs18.readFileSync(file, "utf8");
      if (new RegExp(`^\\s*name\\s*=\\s*["']${name.replace(/[-]/g, "\\-")}["']`, "m").test(text)) return file;
    }
    if (d >= depth || !fs18.existsSync(dir)) continue;
    for (const e of fs18.readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory() && !e.name.startsWith(".") && e.name !== "target") queue.push([path19.join(dir, e.name), d + 1]);
    }
  }
  return void 0;
}

// src/cargo/ops/freshness/patch_check.ts
init_source_id();
var PatchCheck = class {
  constructor(ws2, resolve7, matcher, reached) {
    this.ws = ws2;
    this.resolve = resolve7;
    this.matcher = matcher;
    this.reached = reached;
  }
  ws;
  resolve;
  matcher;
  reached;
  reasons() {
    const out = [];
    const unused = this.resolve.encodable.patchUnused;
    const claimed = /* @__PURE__ */ new Set();
    for (const t of this.matcher.patchTargets()) {
      const used = this.resolve.list.some((p2) => this.reached(p2) && t.accepts(p2));
      const listed = unused.findIndex((u2) => {
        const p2 = { id: { name: u2.name, version: u2.version, source: u2.source }, sourceId: u2.source ? SourceId.parseLockfileSource(u2.source) : void 0 };
        return t.accepts(p2);
      });
      if (listed >= 0) claimed.add(listed);
      if (used || listed >= 0) continue;
      out.push({
        verdict: "stale",
        code: "patch-unrecorded",
        location: t.dep.location,
        message: `[patch] entry \`${t.dep.nameInToml}\` is neither used in Cargo.lock nor listed under [[patch.unused]]; cargo would re-lock it`
      });
    }
    unused.forEach((u2, i) => {
      if (claimed.has(i)) return;
      out.push({
        verdict: "stale",
        code: "patch-removed",
        location: { file: this.resolve.file, line: u2.line, col: 1 },
        message: `[[patch.unused]] lists \`${u2.name} v${u2.version}\`, which is no longer a [patch] entry in ${this.ws.rootManifest.file}`
      });
    });
    return out;
  }
};

// src/cargo/ops/check_lockfile.ts
function checkLockfile({ ws: ws2, layout, registries, resolve: given }) {
  const file = ws2.lockfilePath;
  const reasons = [];
  const stale = (code, location, message) => reasons.push({ verdict: "stale", code, location, message });
  if (!fs19.existsSync(file)) {
    stale("lockfile-missing", { file: ws2.rootManifest.file, line: 1, col: 1 }, "Cargo.lock does not exist; cargo would generate it");
    return { verdict: "stale", lockfile: file, reasons };
  }
  const resolve7 = given ?? readResolve(ws2);
  const lockLoc = (line) => ({ file, line, col: 1 });
  const locals = new Map(ws2.pathPackages.map((p2) => [p2.dir, p2]));
  const matcher = new SourceMatcher(locals, registries, ws2.patch);
  const memberDirs = new Set(ws2.members.map((m2) => m2.dir));
  const list = resolve7.list;
  const nodes = new Array(list.length);
  const roots = [];
  for (const pkg of ws2.pathPackages) {
    const locked = resolve7.local(pkg.name, pkg.version);
    if (!locked) {
      const loc = { file: pkg.manifest.file, ...pkg.manifest.locator.locate(["package", "version"]) };
      const other = resolve7.byName(pkg.name).find((p2) => !p2.id.source);
      if (memberDirs.has(pkg.dir) || other) {
        stale("package-unlocked", loc, other ? `\`${pkg.name}\` is version ${pkg.version} here but ${other.id.version} in Cargo.lock` : `workspace member \`${pkg.name} v${pkg.version}\` is not in Cargo.lock`);
      }
      continue;
    }
    const summary = { id: locked.id, dependencies: pkg.manifest.dependencies, features: pkg.manifest.features };
    const node = { id: locked.index, summary, member: memberDirs.has(pkg.dir), pkg, locked };
    nodes[locked.index] = node;
    if (node.member) roots.push(node);
  }
  const store = new SummaryStore(layout);
  const known = new Array(list.length);
  const summaryOf = (p2) => known[p2.index] ??= store.find(p2) ?? null;
  const nodeOf = (id) => {
    const n = nodes[id];
    if (n) return n;
    const locked = list[id];
    const s3 = summaryOf(locked);
    if (!s3) return void 0;
    return nodes[id] = { id, summary: s3.summary, member: false, locked };
  };
  const target = (from, dep) => {
    const parent = list[from.id];
    for (const c of parent.deps) if (matcher.accepts(dep, parent, c)) return c.index;
    return void 0;
  };
  const res = resolveFeatures(roots, nodeOf, target);
  const reached = new Uint8Array(list.length);
  const unknown = [];
  const walk = roots.map((r) => r.locked);
  for (const p2 of ws2.replace.length ? list : []) if (p2.encodable.replace) walk.push(p2);
  while (walk.length) {
    const p2 = walk.pop();
    if (reached[p2.index]) continue;
    reached[p2.index] = 1;
    const active = res.activated[p2.index];
    if (!active) {
      if (p2.id.source) unknown.push(p2);
      for (const d of p2.deps) walk.push(d);
    } else {
      for (const a of active) if (a.target !== void 0) walk.push(list[a.target]);
    }
  }
  const certain = unknown.length === 0;
  for (const id of res.expanded) {
    const n = nodes[id];
    const active = res.activated[id];
    const local = n.pkg !== void 0;
    if (!local && !certain) continue;
    const name = () => `${n.locked.id.name} v${n.locked.id.version}`;
    const origin = () => res.origin[id]?.location ?? lockLoc(n.locked.line);
    for (const a of active) {
      if (a.target !== void 0) continue;
      const d = a.dep;
      if (local) stale(...unlockedDependency(d, n.locked, resolve7, matcher));
      else stale(
        "feature-activates",
        origin(),
        `\`${name()}\` would now also depend on \`${d.packageName}\` (enabled through the features requested here), which Cargo.lock does not record`
      );
    }
    const edges = n.locked.edges;
    for (let i = 0; i < edges.length; i++) {
      const dep = edges[i];
      if (!dep || active.some((a) => a.target === void 0 ? a.dep.packageName === dep.id.name : a.target === dep.index)) continue;
      if (local) stale(
        "dependency-removed",
        lockLoc(n.locked.encodable.dependencies[i].line),
        `Cargo.lock lists \`${dep.id.name} v${dep.id.version}\` as a dependency of \`${name()}\`, which ${n.pkg.manifest.file} no longer declares`
      );
      else stale(
        "feature-deactivated",
        origin(),
        `Cargo.lock lists \`${dep.id.name}\` as a dependency of \`${name()}\`, but no enabled feature activates it any more`
      );
    }
  }
  const cycle = findCycle(res, list.length);
  if (cycle) {
    const names = cycle.path.map((id) => list[id].id.name);
    const d = cycle.via.dep;
    stale(
      "dependency-cycle",
      d.location ?? lockLoc(list[cycle.path[0]].line),
      `cyclic package dependency: ${names.join(" -> ")}; cargo refuses this graph`
    );
  }
  for (const p2 of list) {
    if (reached[p2.index]) continue;
    stale("package-unused", lockLoc(p2.line), `locked package \`${p2.id.name} v${p2.id.version}\` is no longer used by the workspace`);
  }
  for (const p2 of list) {
    if (!p2.sourceId?.isRegistry() || !reached[p2.index]) continue;
    if (!p2.checksum) {
      stale("checksum-missing", lockLoc(p2.line), `\`${p2.id.name} v${p2.id.version}\` has no checksum in Cargo.lock; cargo would add it`);
      continue;
    }
    const s3 = summaryOf(p2);
    if (s3?.checksum && s3.checksum !== p2.checksum) {
      stale(
        "checksum-changed",
        lockLoc(p2.line),
        `checksum of \`${p2.id.name} v${p2.id.version}\` is ${p2.checksum} in Cargo.lock but ${s3.checksum} in the registry index`
      );
    }
  }
  for (const r of new PatchCheck(ws2, resolve7, matcher, (p2) => reached[p2.index] === 1).reasons()) reasons.push(r);
  if (!certain) {
    const names = unknown.slice(0, 3).map((p2) => `${p2.id.name} v${p2.id.version}`).join(", ");
    reasons.push({
      verdict: "undecided",
      code: "summary-unknown",
      location: { file, line: 1, col: 1 },
      message: `features may activate optional dependencies of ${unknown.length} locked package(s) (${names}${unknown.length > 3 ? ", \u2026" : ""}) whose index entries are not in ${layout.cargoHome}; run \`cargo fetch\` or \`crate-cache fetch\` once to decide`
    });
  }
  return { verdict: verdictOf(reasons), lockfile: file, reasons };
}
function unlockedDependency(d, parent, resolve7, matcher) {
  const owner = `\`${parent.id.name}\``;
  const elsewhere = resolve7.byName(d.packageName).find((c) => matcher.accepts(d, parent, c));
  if (elsewhere) {
    return [
      "dependency-unrecorded",
      d.location,
      `\`${d.nameInToml}\` is declared here but Cargo.lock does not list it among the dependencies of ${owner}`
    ];
  }
  const locked = resolve7.byName(d.packageName).map((c) => `${c.id.version}${c.id.source ? "" : " (path)"}`);
  const has = locked.length ? `Cargo.lock has ${d.packageName} ${locked.join(", ")}` : `Cargo.lock has no \`${d.packageName}\``;
  if (d.source.kind === "git") {
    const ref = d.source.reference.kind === "default" ? "default branch" : `${d.source.reference.kind} \`${d.source.reference.name}\``;
    return ["git-changed", d.location, `git dependency \`${d.nameInToml}\` (${d.source.url}, ${ref}) matches no locked package; ${has}`];
  }
  if (d.source.kind === "path") {
    return ["path-changed", d.location, `path dependency \`${d.nameInToml}\` (${d.source.path}) matches no locked package; ${has}`];
  }
  const req = d.req ?? "*";
  return ["dependency-unlocked", d.location, `no locked package satisfies \`${d.packageName} = "${req}"\`; ${has}`];
}
function findCycle(res, nodeCount) {
  const ON_STACK = 1;
  const DONE = 2;
  const state = new Uint8Array(nodeCount);
  const stack = [];
  const visit = (id) => {
    state[id] = ON_STACK;
    stack.push(id);
    for (const a of res.activated[id] ?? []) {
      if (a.dep.kind === "dev" || a.target === void 0) continue;
      const s3 = state[a.target];
      if (s3 === ON_STACK) return { path: [...stack.slice(stack.indexOf(a.target)), a.target], via: a };
      if (s3 !== DONE) {
        const found = visit(a.target);
        if (found) return found;
      }
    }
    stack.pop();
    state[id] = DONE;
    return void 0;
  };
  for (const id of res.expanded) {
    if (state[id]) continue;
    const found = visit(id);
    if (found) return found;
  }
  return void 0;
}

// src/cli/check.ts
var EXIT = { fresh: 0, stale: 1, undecided: 3 };
function checkCommand(project, asJson) {
  const report = checkLockfile({ ws: project.ws, layout: project.layout, registries: project.config });
  const code = EXIT[report.verdict];
  if (asJson) return { stdout: json(report), code };
  const lines = report.reasons.map(formatReason);
  lines.push(`${report.lockfile}: ${report.verdict}`);
  return { stdout: lines.join("\n") + "\n", code };
}

// src/cli/dirname.ts
init_source_id();
function dirnameCommand(url, git2, cargoVersion) {
  const name = git2 ? gitIdent(SourceId.forGit(url), cargoVersion) : registryDirName(SourceId.forRegistryIndex(url), cargoVersion);
  return { stdout: name + "\n", code: 0 };
}
function cargoVersionOption(v2) {
  return parseCargoVersion(`cargo ${v2.split(".").length === 2 ? `${v2}.0` : v2}`);
}

// src/cargo/ops/cache_key.ts
import { createHash as createHash3 } from "node:crypto";
var DEFAULT_KEY_PREFIX = "v1-crate-cache";
function cacheKey(plans, os4, prefix = DEFAULT_KEY_PREFIX) {
  const parts = /* @__PURE__ */ new Set();
  for (const plan of plans) {
    for (const r of plan.registries) parts.add(`index ${r.dir}`);
    for (const p2 of plan.packages) parts.add(`package ${p2.name} ${p2.version} ${p2.source} ${p2.checksum ?? "-"}`);
  }
  const sorted2 = [...parts].sort();
  const hash = createHash3("sha256").update(sorted2.join("\n")).digest("hex").slice(0, 32);
  const base = `${prefix}-${os4}-`;
  return { key: `${base}${hash}`, restoreKeys: [base], hash, parts: sorted2 };
}
function runnerOs(platform = process.platform) {
  return platform === "win32" ? "Windows" : platform === "darwin" ? "macOS" : "Linux";
}

// src/cli/key.ts
function keyCommand(project, asJson, prefix = DEFAULT_KEY_PREFIX, os4 = runnerOs()) {
  const k2 = cacheKey([planLayout(project.ws, project.layout)], os4, prefix);
  if (asJson) return { stdout: json(k2), code: 0 };
  return { stdout: [k2.key, `restore-keys: ${k2.restoreKeys.join(", ")}`, ...k2.parts.map((p2) => `  ${p2}`)].join("\n") + "\n", code: 0 };
}

// src/cli/plan.ts
function planCommand(project, asJson) {
  const plan = planLayout(project.ws, project.layout);
  if (asJson) return { stdout: json({ ...plan, entries: planEntries(plan) }), code: 0 };
  const lines = [`CARGO_HOME ${plan.cargoHome} (cargo ${plan.cargoVersion})`, `lockfile   ${plan.lockfile}`];
  for (const r of plan.registries) {
    const replaced = r.source === r.lockedSource ? "" : ` (replaced by ${r.source})`;
    lines.push(`registry   ${r.dir}  ${r.lockedSource}${replaced}, ${r.packages} package(s)`);
  }
  if (plan.vendored.length) lines.push(`vendored   ${plan.vendored.length} package(s) outside CARGO_HOME`);
  lines.push("", ...planEntries(plan));
  return { stdout: lines.join("\n") + "\n", code: 0 };
}

// src/cli/run.ts
var USAGE = `usage: crate-cache <command> [options]

commands:
  dirname <url> [--git] [--cargo-version X.Y]   directory name cargo uses for a registry (or git) URL
  plan [dir] [--json]                           CARGO_HOME entries cargo will use for the workspace
  check [dir] [--json]                          is Cargo.lock fresh? exit 0 fresh, 1 stale, 3 undecided, 2 bad input
  key [dir] [--json] [--prefix P] [--os OS]     the cache key and the parts it is made from
  fetch [dir] [--concurrency N]                 download, verify and unpack what Cargo.lock needs (then cargo can build --offline)

options:
  --cargo-version X.Y   assume this cargo instead of running \`cargo -V\`
`;
function run(argv, env = process.env) {
  const { values, positionals } = parseArgs2({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      git: { type: "boolean", default: false },
      "cargo-version": { type: "string" },
      prefix: { type: "string" },
      os: { type: "string" },
      help: { type: "boolean", short: "h", default: false }
    }
  });
  const [command, ...rest] = positionals;
  if (values.help || command === "help") return { stdout: USAGE, code: 0 };
  const cargoVersion = values["cargo-version"] ? cargoVersionOption(values["cargo-version"]) : void 0;
  if (command === "dirname") {
    if (rest.length !== 1) throw new UsageError("dirname takes exactly one URL");
    return dirnameCommand(rest[0], values.git, cargoVersion ?? { major: 1, minor: 95 });
  }
  if (!["plan", "check", "key"].includes(command ?? "")) {
    throw new UsageError(command ? `unknown command \`${command}\`` : "no command given");
  }
  if (rest.length > 1) throw new UsageError(`${command} takes at most one directory`);
  const project = loadProject(rest[0] ?? ".", { env, cargoVersion });
  if (command === "plan") return planCommand(project, values.json);
  if (command === "key") return keyCommand(project, values.json, values.prefix, values.os);
  return checkCommand(project, values.json);
}

// src/cli.ts
async function main() {
  let result;
  const argv = process.argv.slice(2);
  try {
    result = argv[0] === "fetch" ? await fetchCommand(argv.slice(1)) : run(argv);
  } catch (e) {
    const usage = e instanceof UsageError || e.code?.startsWith("ERR_PARSE_ARGS");
    const msg = isCargoError(e) ? e.oneLine() : usage ? `${e.message}
${USAGE}` : `internal error: ${e.message?.split("\n")[0] ?? String(e)}`;
    process.stderr.write(`crate-cache: error: ${msg}
`);
    process.exitCode = isCargoError(e) && (e.kind === "io" || e.kind === "index") ? 1 : 2;
    return;
  }
  process.stdout.write(result.stdout);
  process.exitCode = result.code;
}
void main();
