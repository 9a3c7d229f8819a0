#!/usr/bin/env node
import { createRequire as __ccRequire } from 'node:module';
const require = __ccRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

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
    var re = exports.re = [];
    var safeRe = exports.safeRe = [];
    var src = exports.src = [];
    var safeSrc = exports.safeSrc = [];
    var t = exports.t = {};
    var R = 0;
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
      const index = R++;
      debug(name, index, value);
      t[name] = index;
      src[index] = value;
      safeSrc[index] = safe;
      re[index] = new RegExp(value, isGlobal ? "g" : void 0);
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
    var compareIdentifiers = (a, b) => {
      if (typeof a === "number" && typeof b === "number") {
        return a === b ? 0 : a < b ? -1 : 1;
      }
      const anum = numeric.test(a);
      const bnum = numeric.test(b);
      if (anum && bnum) {
        a = +a;
        b = +b;
      }
      return a === b ? 0 : anum && !bnum ? -1 : bnum && !anum ? 1 : a < b ? -1 : 1;
    };
    var rcompareIdentifiers = (a, b) => compareIdentifiers(b, a);
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
    var { safeRe: re, t } = require_re();
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
        const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL]);
        if (!m) {
          throw new TypeError(`Invalid Version: ${version}`);
        }
        this.raw = version;
        this.major = +m[1];
        this.minor = +m[2];
        this.patch = +m[3];
        if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
          throw new TypeError("Invalid major version");
        }
        if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
          throw new TypeError("Invalid minor version");
        }
        if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
          throw new TypeError("Invalid patch version");
        }
        if (!m[4]) {
          this.prerelease = [];
        } else {
          this.prerelease = m[4].split(".").map((id) => {
            if (/^[0-9]+$/.test(id)) {
              const num = +id;
              if (num >= 0 && num < MAX_SAFE_INTEGER) {
                return num;
              }
            }
            return id;
          });
        }
        this.build = m[5] ? m[5].split(".") : [];
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
          const b = other.prerelease[i];
          debug("prerelease compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
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
          const b = other.build[i];
          debug("build compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
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
            const match = `-${identifier2}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE]);
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
      } catch (er) {
        if (!throwErrors) {
          return null;
        }
        throw er;
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
      const v = parse2(version, options);
      return v ? v.version : null;
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
      const s = parse2(version.trim().replace(/^[=v]+/, ""), options);
      return s ? s.version : null;
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
      } catch (er) {
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
    var compare = (a, b, loose) => new SemVer(a, loose).compare(new SemVer(b, loose));
    module.exports = compare;
  }
});

// node_modules/semver/functions/rcompare.js
var require_rcompare = __commonJS({
  "node_modules/semver/functions/rcompare.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var rcompare = (a, b, loose) => compare(b, a, loose);
    module.exports = rcompare;
  }
});

// node_modules/semver/functions/compare-loose.js
var require_compare_loose = __commonJS({
  "node_modules/semver/functions/compare-loose.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var compareLoose = (a, b) => compare(a, b, true);
    module.exports = compareLoose;
  }
});

// node_modules/semver/functions/compare-build.js
var require_compare_build = __commonJS({
  "node_modules/semver/functions/compare-build.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compareBuild = (a, b, loose) => {
      const versionA = new SemVer(a, loose);
      const versionB = new SemVer(b, loose);
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
    var sort = (list, loose) => list.sort((a, b) => compareBuild(a, b, loose));
    module.exports = sort;
  }
});

// node_modules/semver/functions/rsort.js
var require_rsort = __commonJS({
  "node_modules/semver/functions/rsort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var rsort = (list, loose) => list.sort((a, b) => compareBuild(b, a, loose));
    module.exports = rsort;
  }
});

// node_modules/semver/functions/gt.js
var require_gt = __commonJS({
  "node_modules/semver/functions/gt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gt = (a, b, loose) => compare(a, b, loose) > 0;
    module.exports = gt;
  }
});

// node_modules/semver/functions/lt.js
var require_lt = __commonJS({
  "node_modules/semver/functions/lt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lt = (a, b, loose) => compare(a, b, loose) < 0;
    module.exports = lt;
  }
});

// node_modules/semver/functions/eq.js
var require_eq = __commonJS({
  "node_modules/semver/functions/eq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var eq = (a, b, loose) => compare(a, b, loose) === 0;
    module.exports = eq;
  }
});

// node_modules/semver/functions/neq.js
var require_neq = __commonJS({
  "node_modules/semver/functions/neq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var neq = (a, b, loose) => compare(a, b, loose) !== 0;
    module.exports = neq;
  }
});

// node_modules/semver/functions/gte.js
var require_gte = __commonJS({
  "node_modules/semver/functions/gte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gte = (a, b, loose) => compare(a, b, loose) >= 0;
    module.exports = gte;
  }
});

// node_modules/semver/functions/lte.js
var require_lte = __commonJS({
  "node_modules/semver/functions/lte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lte = (a, b, loose) => compare(a, b, loose) <= 0;
    module.exports = lte;
  }
});

// node_modules/semver/functions/cmp.js
var require_cmp = __commonJS({
  "node_modules/semver/functions/cmp.js"(exports, module) {
    "use strict";
    var eq = require_eq();
    var neq = require_neq();
    var gt = require_gt();
    var gte = require_gte();
    var lt = require_lt();
    var lte = require_lte();
    var cmp = (a, op, b, loose) => {
      switch (op) {
        case "===":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a === b;
        case "!==":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a !== b;
        case "":
        case "=":
        case "==":
          return eq(a, b, loose);
        case "!=":
          return neq(a, b, loose);
        case ">":
          return gt(a, b, loose);
        case ">=":
          return gte(a, b, loose);
        case "<":
          return lt(a, b, loose);
        case "<=":
          return lte(a, b, loose);
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
    var { safeRe: re, t } = require_re();
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
        match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE]);
      } else {
        const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL];
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
    var constants = require_constants();
    var SemVer = require_semver();
    var truncate = (version, truncation, options) => {
      if (!constants.RELEASE_TYPES.includes(truncation)) {
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
    var findDigitsEndIndex = (range, start, limit, digitRuns) => {
      if (!isDigit3(range[start])) {
        return start;
      }
      if (start >= digitRuns.start && start < digitRuns.end) {
        return Math.min(start + limit, digitRuns.end);
      }
      if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
        return Math.min(start + limit, digitRuns.previousEnd);
      }
      let end = start + 1;
      while (isDigit3(range[end])) {
        end++;
      }
      digitRuns.previousStart = digitRuns.start;
      digitRuns.previousEnd = digitRuns.end;
      digitRuns.start = start;
      digitRuns.end = end;
      return Math.min(start + limit, end);
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
        const limit = end + MAX_SAFE_BUILD_LENGTH;
        while (end < limit && isIdentifierCharacter(range[end])) {
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
            for (let k = 0; k < comps.length; k++) {
              if (k > 0) {
                this.formatted += " ";
              }
              this.formatted += comps[k].toString().trim();
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
        const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE];
        range = range.replace(hr, hyphenReplace(this.options.includePrerelease));
        debug("hyphen replace", range);
        range = trimComparatorWhitespace(range);
        debug("comparator trim", range);
        range = range.replace(re[t.TILDETRIM], tildeTrimReplace);
        debug("tilde trim", range);
        range = range.replace(re[t.CARETTRIM], caretTrimReplace);
        debug("caret trim", range);
        let rangeList = range.split(" ").map((comp) => parseComparator2(comp, this.options)).join(" ").split(/\s+/).map((comp) => replaceGTE0(comp, this.options));
        if (loose) {
          rangeList = rangeList.filter((comp) => {
            debug("loose invalid filter", comp, this.options);
            return !!comp.match(re[t.COMPARATORLOOSE]);
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
          } catch (er) {
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
      safeRe: re,
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
      comp = comp.replace(re[t.BUILD], "");
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
    var invalidXRangeOrder = (M, m, p) => isX(M) && !isX(m) || isX(m) && p && !isX(p);
    var replaceTildes = (comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceTilde(c, options)).join(" ");
    };
    var replaceTilde = (comp, options) => {
      const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("tilde", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
        } else if (pr) {
          debug("replaceTilde pr", pr);
          ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
        } else {
          ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
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
      const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug("caret", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          if (M === "0") {
            ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
          } else {
            ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`;
          }
        } else if (pr) {
          debug("replaceCaret pr", pr);
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p}-${pr} <${+M + 1}.0.0-0`;
          }
        } else {
          debug("no pr");
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p} <${+M + 1}.0.0-0`;
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
      const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE];
      return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
        debug("xRange", comp, ret, gtlt, M, m, p, pr);
        if (invalidXRangeOrder(M, m, p)) {
          return comp;
        }
        const xM = isX(M);
        const xm = xM || isX(m);
        const xp = xm || isX(p);
        const anyX = xp;
        if (gtlt === "=" && anyX) {
          gtlt = "";
        }
        pr = options.includePrerelease ? "-0" : "";
        if (xM) {
          if (gtlt === ">" || gtlt === "<") {
            ret = "<0.0.0-0";
          } else {
            ret = "*";
          }
        } else if (gtlt && anyX) {
          if (xm) {
            m = 0;
          }
          p = 0;
          if (gtlt === ">") {
            gtlt = ">=";
            if (xm) {
              M = +M + 1;
              m = 0;
              p = 0;
            } else {
              m = +m + 1;
              p = 0;
            }
          } else if (gtlt === "<=") {
            gtlt = "<";
            if (xm) {
              M = +M + 1;
            } else {
              m = +m + 1;
            }
          }
          if (gtlt === "<") {
            pr = "-0";
          }
          ret = `${gtlt + M}.${m}.${p}${pr}`;
        } else if (xm) {
          ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`;
        } else if (xp) {
          ret = `>=${M}.${m}.0${pr} <${M}.${+m + 1}.0-0`;
        }
        debug("xRange return", ret);
        return ret;
      });
    };
    var replaceStars = (comp, options) => {
      debug("replaceStars", comp, options);
      return comp.trim().replace(re[t.STAR], "");
    };
    var replaceGTE0 = (comp, options) => {
      debug("replaceGTE0", comp, options);
      return comp.trim().replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], "");
    };
    var hyphenReplace = (incPr) => ($0, from, fM, fm, fp, fpr, fb, to, tM, tm, tp, tpr) => {
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
        to = "";
      } else if (isX(tm)) {
        to = `<${+tM + 1}.0.0-0`;
      } else if (isX(tp)) {
        to = `<${tM}.${+tm + 1}.0-0`;
      } else if (tpr) {
        to = `<=${tM}.${tm}.${tp}-${tpr}`;
      } else if (incPr) {
        to = `<${tM}.${tm}.${+tp + 1}-0`;
      } else {
        to = `<=${to}`;
      }
      return `${from} ${to}`.trim();
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
        const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR];
        const m = comp.match(r);
        if (!m) {
          throw new TypeError(`Invalid comparator: ${comp}`);
        }
        this.operator = m[1] !== void 0 ? m[1] : "";
        if (this.operator === "=") {
          this.operator = "";
        }
        if (!m[2]) {
          this.semver = ANY;
        } else {
          this.semver = new SemVer(m[2], this.options.loose);
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
          } catch (er) {
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
    var { safeRe: re, t } = require_re();
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
      } catch (er) {
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
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!max || maxSV.compare(v) === -1) {
            max = v;
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
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!min || minSV.compare(v) === 1) {
            min = v;
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
    var gt = require_gt();
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
              if (!setMin || gt(compver, setMin)) {
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
        if (setMin && (!minver || gt(minver, setMin))) {
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
      } catch (er) {
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
    var gt = require_gt();
    var lt = require_lt();
    var lte = require_lte();
    var gte = require_gte();
    var outside = (version, range, hilo, options) => {
      version = new SemVer(version, options);
      range = new Range(range, options);
      let gtfn, ltefn, ltfn, comp, ecomp;
      switch (hilo) {
        case ">":
          gtfn = gt;
          ltefn = lte;
          ltfn = lt;
          comp = ">";
          ecomp = ">=";
          break;
        case "<":
          gtfn = lt;
          ltefn = gte;
          ltfn = gt;
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
      const v = versions.sort((a, b) => compare(a, b, options));
      for (const version of v) {
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
        } else if (!max && min === v[0]) {
          ranges.push("*");
        } else if (!max) {
          ranges.push(`>=${min}`);
        } else if (min === v[0]) {
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
      let gt, lt;
      for (const c of sub) {
        if (c.operator === ">" || c.operator === ">=") {
          gt = higherGT(gt, c, options);
        } else if (c.operator === "<" || c.operator === "<=") {
          lt = lowerLT(lt, c, options);
        } else {
          eqSet.add(c.semver);
        }
      }
      if (eqSet.size > 1) {
        return null;
      }
      let gtltComp;
      if (gt && lt) {
        gtltComp = compare(gt.semver, lt.semver, options);
        if (gtltComp > 0) {
          return null;
        } else if (gtltComp === 0 && (gt.operator !== ">=" || lt.operator !== "<=")) {
          return null;
        }
      }
      for (const eq of eqSet) {
        if (gt && !satisfies(eq, String(gt), options)) {
          return null;
        }
        if (lt && !satisfies(eq, String(lt), options)) {
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
      let needDomLTPre = lt && !options.includePrerelease && lt.semver.prerelease.length ? lt.semver : false;
      let needDomGTPre = gt && !options.includePrerelease && gt.semver.prerelease.length ? gt.semver : false;
      if (needDomLTPre && needDomLTPre.prerelease.length === 1 && lt.operator === "<" && needDomLTPre.prerelease[0] === 0) {
        needDomLTPre = false;
      }
      for (const c of dom) {
        hasDomGT = hasDomGT || c.operator === ">" || c.operator === ">=";
        hasDomLT = hasDomLT || c.operator === "<" || c.operator === "<=";
        if (gt) {
          if (needDomGTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomGTPre.major && c.semver.minor === needDomGTPre.minor && c.semver.patch === needDomGTPre.patch) {
              needDomGTPre = false;
            }
          }
          if (c.operator === ">" || c.operator === ">=") {
            higher = higherGT(gt, c, options);
            if (higher === c && higher !== gt) {
              return false;
            }
          } else if (gt.operator === ">=" && !c.test(gt.semver)) {
            return false;
          }
        }
        if (lt) {
          if (needDomLTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomLTPre.major && c.semver.minor === needDomLTPre.minor && c.semver.patch === needDomLTPre.patch) {
              needDomLTPre = false;
            }
          }
          if (c.operator === "<" || c.operator === "<=") {
            lower = lowerLT(lt, c, options);
            if (lower === c && lower !== lt) {
              return false;
            }
          } else if (lt.operator === "<=" && !c.test(lt.semver)) {
            return false;
          }
        }
        if (!c.operator && (lt || gt) && gtltComp !== 0) {
          return false;
        }
      }
      if (gt && hasDomLT && !lt && gtltComp !== 0) {
        return false;
      }
      if (lt && hasDomGT && !gt && gtltComp !== 0) {
        return false;
      }
      if (needDomGTPre || needDomLTPre) {
        return false;
      }
      return true;
    };
    var higherGT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare(a.semver, b.semver, options);
      return comp > 0 ? a : comp < 0 ? b : b.operator === ">" && a.operator === ">=" ? b : a;
    };
    var lowerLT = (a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare(a.semver, b.semver, options);
      return comp < 0 ? a : comp > 0 ? b : b.operator === "<" && a.operator === "<=" ? b : a;
    };
    module.exports = subset;
  }
});

// node_modules/semver/index.js
var require_semver2 = __commonJS({
  "node_modules/semver/index.js"(exports, module) {
    "use strict";
    var internalRe = require_re();
    var constants = require_constants();
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
    var gt = require_gt();
    var lt = require_lt();
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
      gt,
      lt,
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
      SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
      RELEASE_TYPES: constants.RELEASE_TYPES,
      compareIdentifiers: identifiers.compareIdentifiers,
      rcompareIdentifiers: identifiers.rcompareIdentifiers
    };
  }
});

// src/cargo/util/errors.ts
function formatLocation(loc) {
  if (loc.line === void 0) return loc.file;
  return loc.col === void 0 ? `${loc.file}:${loc.line}` : `${loc.file}:${loc.line}:${loc.col}`;
}
var CargoError = class extends Error {
  kind;
  location;
  constructor(kind, message, location) {
    super(message.replace(/\s*\n\s*/g, " "));
    this.name = "CargoError";
    this.kind = kind;
    this.location = location;
  }
  oneLine() {
    return this.location ? `${formatLocation(this.location)}: ${this.message}` : this.message;
  }
};
function isCargoError(e) {
  return e instanceof CargoError;
}

// src/cli/output.ts
var UsageError = class extends Error {
};
function json(value) {
  return JSON.stringify(value, null, 2) + "\n";
}

// src/cli/run.ts
import { parseArgs } from "node:util";

// src/cargo/ops/project.ts
import * as path8 from "node:path";

// src/cargo/core/workspace.ts
import * as fs2 from "node:fs";
import * as os from "node:os";
import * as path3 from "node:path";

// src/cargo/core/manifest.ts
import * as fs from "node:fs";
import * as path2 from "node:path";

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
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
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
        for (let j = 0; j < len; j++, ctx.p++) {
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
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
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
    if (t && typeof (t[k] = value) === "object")
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
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
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
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
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
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
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

// src/cargo/util/toml_locate.ts
var SEP = "\0";
var join = (prefix, name) => prefix === "" ? name : prefix + SEP + name;
var TomlLocator = class {
  index = /* @__PURE__ */ new Map();
  constructor(text) {
    try {
      new Scanner(text, this.index).document();
    } catch {
    }
  }
  /** Where `path` is defined, or undefined if it never is. */
  find(path10) {
    return this.index.get(path10.join(SEP));
  }
  /** Where `path` is defined, else its nearest defined ancestor, else 1:1. */
  locate(path10) {
    for (let n = path10.length; n > 0; n--) {
      const hit = this.index.get(path10.slice(0, n).join(SEP));
      if (hit) return hit;
    }
    return { line: 1, col: 1 };
  }
};
var NL = 10;
var isBare = (c) => c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95 || c === 45;
var isBlank = (c) => c === 32 || c === 9 || c === 13;
var Scanner = class {
  constructor(s, index) {
    this.s = s;
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
    const s = this.s;
    let table = "";
    while (this.i < s.length) {
      this.skipTrivia();
      if (this.i >= s.length) break;
      if (s.charCodeAt(this.i) === 91) {
        table = this.header() ?? table;
      } else {
        const keys = this.key();
        if (keys.length > 0) {
          const path10 = this.define(table, keys);
          this.skipBlank();
          if (s.charCodeAt(this.i) === 61) {
            this.i++;
            this.skipBlank();
            this.value(path10);
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
    let path10 = base;
    for (const k of keys) {
      path10 = join(path10, k.name);
      this.record(path10, k.pos);
    }
    return path10;
  }
  header() {
    const s = this.s;
    const isArray = s.charCodeAt(this.i + 1) === 91;
    this.i += isArray ? 2 : 1;
    const keys = this.key();
    if (keys.length === 0) return void 0;
    let path10 = "";
    let plain = "";
    keys.forEach((k, n) => {
      plain = join(plain, k.name);
      path10 = join(path10, k.name);
      this.record(path10, k.pos);
      const count = this.arrayTables.get(plain);
      if (n < keys.length - 1 && count !== void 0) path10 = join(path10, String(count));
    });
    if (isArray) {
      const idx = (this.arrayTables.get(plain) ?? -1) + 1;
      this.arrayTables.set(plain, idx);
      path10 = join(path10, String(idx));
      this.record(path10, keys[keys.length - 1].pos);
    }
    return path10;
  }
  /** A dotted key; stops before `=`, `]` or anything unexpected. */
  key() {
    const s = this.s;
    const parts = [];
    for (; ; ) {
      this.skipBlank();
      const pos = this.pos();
      const c = s.charCodeAt(this.i);
      let name;
      if (c === 34) name = this.basicString();
      else if (c === 39) name = this.literalString();
      else {
        const start = this.i;
        while (this.i < s.length && isBare(s.charCodeAt(this.i))) this.i++;
        if (this.i === start) return parts;
        name = s.slice(start, this.i);
      }
      parts.push({ name, pos });
      this.skipBlank();
      if (s.charCodeAt(this.i) !== 46) return parts;
      this.i++;
    }
  }
  value(path10) {
    const s = this.s;
    const c = s.charCodeAt(this.i);
    if (c === 123) return this.inlineTable(path10);
    if (c === 91) return this.array(path10);
    if (c === 34 || c === 39) {
      const triple = s.charCodeAt(this.i + 1) === c && s.charCodeAt(this.i + 2) === c;
      if (triple) this.multilineString(c);
      else if (c === 34) this.basicString();
      else this.literalString();
      return;
    }
    while (this.i < s.length) {
      const d = s.charCodeAt(this.i);
      if (d === 44 || d === 93 || d === 125 || d === NL || d === 35) break;
      this.i++;
    }
  }
  inlineTable(path10) {
    const s = this.s;
    this.i++;
    while (this.i < s.length) {
      this.skipTrivia();
      const c = s.charCodeAt(this.i);
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
      const inner = this.define(path10, keys);
      this.skipBlank();
      if (s.charCodeAt(this.i) !== 61) return;
      this.i++;
      this.skipBlank();
      this.value(inner);
    }
  }
  array(path10) {
    const s = this.s;
    this.i++;
    let idx = 0;
    while (this.i < s.length) {
      this.skipTrivia();
      const c = s.charCodeAt(this.i);
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
      const elem = join(path10, String(idx));
      this.record(elem, this.pos());
      this.value(elem);
      if (this.i === before) return;
    }
  }
  basicString() {
    const s = this.s;
    let out = "";
    this.i++;
    while (this.i < s.length) {
      const c = s.charCodeAt(this.i);
      if (c === 34) {
        this.i++;
        break;
      }
      if (c === NL) break;
      if (c === 92) {
        const e = s[this.i + 1];
        const hex = e === "u" ? 4 : e === "U" ? 8 : e === "x" ? 2 : 0;
        if (hex > 0) {
          const cp = parseInt(s.slice(this.i + 2, this.i + 2 + hex), 16);
          out += Number.isFinite(cp) && cp <= 1114111 ? String.fromCodePoint(cp) : "";
          this.i += 2 + hex;
          continue;
        }
        out += ESCAPES[e] ?? e ?? "";
        this.i += 2;
        continue;
      }
      out += s[this.i];
      this.i++;
    }
    return out;
  }
  literalString() {
    const s = this.s;
    const start = ++this.i;
    while (this.i < s.length) {
      const c = s.charCodeAt(this.i);
      if (c === 39) return s.slice(start, this.i++);
      if (c === NL) break;
      this.i++;
    }
    return s.slice(start, this.i);
  }
  multilineString(q) {
    const s = this.s;
    this.i += 3;
    while (this.i < s.length) {
      const c = s.charCodeAt(this.i);
      if (c === NL) this.newlineAt(this.i);
      else if (c === 92 && q === 34) {
        if (s.charCodeAt(this.i + 1) === NL) this.newlineAt(this.i + 1);
        this.i += 2;
        continue;
      } else if (c === q && s.charCodeAt(this.i + 1) === q && s.charCodeAt(this.i + 2) === q) {
        this.i += 3;
        for (let k = 0; k < 2 && s.charCodeAt(this.i) === q; k++) this.i++;
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
    const s = this.s;
    while (this.i < s.length) {
      const c = s.charCodeAt(this.i);
      if (isBlank(c)) this.i++;
      else if (c === NL) this.newlineAt(this.i++);
      else if (c === 35) {
        while (this.i < s.length && s.charCodeAt(this.i) !== NL) this.i++;
      } else return;
    }
  }
  /** Rest of the current line, including its newline. */
  skipLine() {
    const s = this.s;
    while (this.i < s.length) {
      if (s.charCodeAt(this.i) === NL) {
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
import * as path from "node:path";
function toDependency(cx, name, raw, at) {
  const location = cx.at(at.keyPath);
  const base = { nameInToml: name, kind: at.kind, target: at.target, location };
  if (typeof raw === "string") {
    return { ...base, packageName: name, req: raw, source: { kind: "registry" }, optional: false, defaultFeatures: true, features: [] };
  }
  if (!isTable(raw)) {
    throw new CargoError(
      "manifest",
      `invalid type for dependency \`${name}\`: ${tomlTypeName(raw)}, expected a version string like "0.9.8" or a table`,
      location
    );
  }
  const key = (k) => [...at.keyPath, k];
  const str = (k) => checkString(raw, k, () => cx.at(key(k)));
  const bool = (k) => checkBool(raw, k, () => cx.at(key(k)));
  const features = checkStringArray(raw, "features", () => cx.at(key("features"))) ?? [];
  const optional = bool("optional");
  const pub = bool("public");
  const defaultFeatures = pickAlias(cx, raw, "default-features", "default_features", at.keyPath, bool);
  if (raw.workspace !== void 0) {
    const inherits = bool("workspace");
    if (inherits !== true) {
      throw new CargoError("manifest", `\`workspace\` for dependency \`${name}\` must be \`true\``, cx.at(key("workspace")));
    }
    if (cx.inherit === null) {
      throw new CargoError("manifest", `dependency \`${name}\` cannot use \`workspace = true\` here`, cx.at(key("workspace")));
    }
    for (const k of Object.keys(raw)) {
      if (!INHERITED_KEYS.has(k)) cx.warn(`unused manifest key: ${[...at.keyPath, k].join(".")} (ignored with \`workspace = true\`)`, cx.at(key(k)));
    }
    const ws = cx.inherit(name, location);
    if (defaultFeatures === false && ws.defaultFeatures) {
      cx.warn(`\`default-features = false\` is ignored for ${name}, since \`default-features\` is not false for \`workspace.dependencies.${name}\``, cx.at(key("default-features")));
    }
    return {
      ...ws,
      ...base,
      // Cargo: member features add to the workspace's; `optional` and `public` come from the member only.
      features: dedupe([...ws.features, ...features]),
      optional: optional ?? false,
      defaultFeatures: ws.defaultFeatures || defaultFeatures === true,
      public: pub
    };
  }
  const packageName = str("package") ?? name;
  const version = str("version");
  const git = str("git");
  const p = str("path");
  const registry = str("registry");
  const registryIndex = str("registry-index");
  const ambiguous = (what) => new CargoError("manifest", `dependency (${name}) specification is ambiguous. Only one of ${what} is allowed.`, location);
  let source;
  if (git !== void 0) {
    if (registry !== void 0 || registryIndex !== void 0) throw ambiguous("`git` or `registry`");
    if (p !== void 0) throw ambiguous("`git` or `path`");
    source = { kind: "git", url: checkUrl(git, "git", cx.at(key("git"))), reference: gitReference(name, str, location) };
  } else {
    if (registry !== void 0 && registryIndex !== void 0) throw ambiguous("`registry` or `registry-index`");
    for (const k of ["branch", "tag", "rev"]) {
      if (raw[k] !== void 0) cx.warn(`key \`${k}\` is ignored for dependency (${name}): it only applies to \`git\` dependencies`, cx.at(key(k)));
    }
    if (p !== void 0) source = { kind: "path", path: path.resolve(cx.baseDir, p) };
    else if (registryIndex !== void 0) source = { kind: "registry", registryIndex: checkUrl(registryIndex, "registry-index", cx.at(key("registry-index"))) };
    else source = registry !== void 0 ? { kind: "registry", registry } : { kind: "registry" };
  }
  if (version === void 0 && git === void 0 && p === void 0) {
    throw new CargoError(
      "manifest",
      `dependency (${name}) specified without providing a local path, Git repository, version, or workspace dependency to use`,
      location
    );
  }
  const req = version;
  return {
    ...base,
    packageName,
    req,
    source,
    optional: optional ?? false,
    defaultFeatures: defaultFeatures ?? true,
    features,
    ...pub !== void 0 ? { public: pub } : {}
  };
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
      location
    );
  }
  return refs.length === 1 ? { kind: refs[0].kind, name: refs[0].name } : { kind: "default" };
}
function checkUrl(url, key, location) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new CargoError("manifest", `invalid url \`${url}\` for \`${key}\`: relative URL without a base`, location);
  }
  if (!/^[a-z][a-z0-9+.-]*:$/i.test(parsed.protocol)) {
    throw new CargoError("manifest", `invalid url \`${url}\` for \`${key}\``, location);
  }
  return url;
}
function dedupe(xs) {
  return [...new Set(xs)];
}
function isTable(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
function tomlTypeName(v) {
  if (typeof v === "string") return `string \`${JSON.stringify(v)}\``;
  if (typeof v === "number") return Number.isInteger(v) ? `integer \`${v}\`` : `float \`${v}\``;
  if (typeof v === "bigint") return `integer \`${v}\``;
  if (typeof v === "boolean") return `boolean \`${v}\``;
  if (v instanceof Date) return "datetime";
  if (Array.isArray(v)) return "array";
  return "table";
}
function invalidType(key, v, expected, where) {
  const location = typeof where === "function" ? where() : where;
  return new CargoError("manifest", `invalid type for \`${key}\`: ${tomlTypeName(v)}, expected ${expected}`, location);
}
function checkString(t, key, where) {
  const v = t[key];
  if (v === void 0 || typeof v === "string") return v;
  throw invalidType(key, v, "a string", where);
}
function checkBool(t, key, where) {
  const v = t[key];
  if (v === void 0 || typeof v === "boolean") return v;
  throw invalidType(key, v, "a boolean", where);
}
function checkStringArray(t, key, where) {
  const v = t[key];
  if (v === void 0) return void 0;
  if (Array.isArray(v) && v.every((x) => typeof x === "string")) return v;
  throw invalidType(key, v, "an array of strings", where);
}

// src/cargo/core/manifest.ts
var RawManifest = class {
  constructor(file, text, doc) {
    this.file = file;
    this.text = text;
    this.doc = doc;
    this.dir = path2.dirname(file);
  }
  file;
  text;
  doc;
  dir;
  loc;
  get locator() {
    return this.loc ??= new TomlLocator(this.text);
  }
  at(keyPath) {
    return { file: this.file, ...this.locator.locate(keyPath) };
  }
};
function readRawManifest(file, text) {
  const abs = path2.resolve(file);
  let src = text;
  if (src === void 0) {
    try {
      src = fs.readFileSync(abs, "utf8");
    } catch (e) {
      const code = e.code ?? String(e);
      throw new CargoError("io", `failed to read \`${abs}\`: ${code}`, { file: abs });
    }
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
var SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
var PACKAGE_NAME = /^[\p{XID_Start}_][\p{XID_Continue}-]*$/u;
function manifestFromRaw(raw, opts = {}) {
  const { file, doc } = raw;
  const at = (kp) => raw.at(kp);
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
  const requireRoot = (what, location) => {
    const r = findRoot();
    if (!r) throw new CargoError("manifest", `${what} has \`workspace = true\`, but no workspace root manifest was found`, location);
    return r;
  };
  const inherit = (name, location) => {
    const r = requireRoot(`dependency \`${name}\``, location);
    const d = Object.hasOwn(r.ws.inheritableDependencies, name) ? r.ws.inheritableDependencies[name] : void 0;
    if (!d) {
      throw new CargoError(
        "manifest",
        `error inheriting \`${name}\` from workspace root manifest's \`workspace.dependencies.${name}\`: not defined in ${r.file}`,
        location
      );
    }
    return d;
  };
  const cx = { file, baseDir: raw.dir, at, warn, inherit };
  const isVirtual = pkgKey === void 0;
  const pkg = pkgKey !== void 0 ? readPackage(raw, pkgKey, (field, location) => {
    const r = requireRoot(`\`package.${field}\``, location);
    if (!Object.hasOwn(r.ws.package, field)) {
      throw new CargoError(
        "manifest",
        `error inheriting \`${field}\` from workspace root manifest's \`workspace.package.${field}\`: not defined in ${r.file}`,
        location
      );
    }
    return r.ws.package[field];
  }) : void 0;
  const dependencies = [];
  const readSections = (table, prefix, target) => {
    for (const [kind, hyphen, underscore] of DEP_SECTIONS) {
      const key = pickAlias(cx, table, hyphen, underscore, prefix, (k) => table[k] === void 0 ? void 0 : k);
      if (key === void 0) continue;
      const section = table[key];
      const kp = [...prefix, key];
      if (isVirtual) throw virtualError(kp.join("."), at(kp));
      if (!isTable(section)) throw typeError(kp.join("."), section, "a table", at(kp));
      for (const [name, spec] of Object.entries(section)) {
        dependencies.push(toDependency(cx, name, spec, { kind, target, keyPath: [...kp, name] }));
      }
    }
  };
  readSections(doc, []);
  if (doc.target !== void 0) {
    if (isVirtual) throw virtualError("target", at(["target"]));
    if (!isTable(doc.target)) throw typeError("target", doc.target, "a table", at(["target"]));
    for (const [target, t] of Object.entries(doc.target)) {
      if (!isTable(t)) throw typeError(`target.${target}`, t, "a table", at(["target", target]));
      readSections(t, ["target", target], target);
    }
  }
  const features = {};
  if (doc.features !== void 0) {
    if (isVirtual) throw virtualError("features", at(["features"]));
    if (!isTable(doc.features)) throw typeError("features", doc.features, "a table", at(["features"]));
    for (const name of Object.keys(doc.features)) {
      features[name] = checkStringArray(doc.features, name, at(["features", name])) ?? [];
    }
  }
  const plain = { ...cx, inherit: null };
  const patch = {};
  if (doc.patch !== void 0) {
    if (!isTable(doc.patch)) throw typeError("patch", doc.patch, "a table", at(["patch"]));
    for (const [registry, entries2] of Object.entries(doc.patch)) {
      if (!isTable(entries2)) throw typeError(`patch.${registry}`, entries2, "a table", at(["patch", registry]));
      patch[registry] = Object.entries(entries2).map(
        ([name, spec]) => toDependency(plain, name, spec, { kind: "normal", keyPath: ["patch", registry, name] })
      );
    }
  }
  const replace = [];
  if (doc.replace !== void 0) {
    if (!isTable(doc.replace)) throw typeError("replace", doc.replace, "a table", at(["replace"]));
    for (const [spec, d] of Object.entries(doc.replace)) {
      replace.push({ spec, dep: toDependency(plain, spec, d, { kind: "normal", keyPath: ["replace", spec] }) });
    }
  }
  return { file, dir: raw.dir, package: pkg, dependencies, features, workspace, patch, replace, isVirtual, warnings, locator: raw.locator };
}
function readPackage(raw, key, inheritField) {
  const t = raw.doc[key];
  const location = raw.at([key]);
  if (!isTable(t)) throw typeError(key, t, "a table", location);
  const at = (k) => raw.at([key, k]);
  const field = (k) => {
    const v = t[k];
    if (!isTable(v) || !INHERITABLE_PACKAGE_FIELDS.includes(k)) return v;
    if (v.workspace !== true) throw new CargoError("manifest", `\`${key}.${k}\` must be a value or \`{ workspace = true }\``, at(k));
    return inheritField(k, at(k));
  };
  const str = (k, v) => {
    if (v === void 0 || typeof v === "string") return v;
    throw typeError(`${key}.${k}`, v, "a string", at(k));
  };
  const name = str("name", t.name);
  if (name === void 0) throw new CargoError("manifest", `missing field \`name\` in \`[${key}]\``, location);
  if (!PACKAGE_NAME.test(name)) throw new CargoError("manifest", `invalid package name \`${name}\``, at("name"));
  const version = str("version", field("version")) ?? "0.0.0";
  if (!SEMVER.test(version)) {
    throw new CargoError("manifest", `unexpected version \`${version}\` for \`${key}.version\`: expected a semver version like 1.2.3`, at("version"));
  }
  const edition = str("edition", field("edition"));
  if (edition !== void 0 && !EDITIONS.includes(edition)) {
    throw new CargoError("manifest", `unknown edition \`${edition}\`: supported editions are ${EDITIONS.join(", ")}`, at("edition"));
  }
  const resolver = str("resolver", t.resolver);
  if (resolver !== void 0 && !RESOLVERS.includes(resolver)) throw resolverError(resolver, at("resolver"));
  const publish = field("publish");
  if (publish !== void 0 && typeof publish !== "boolean" && !(Array.isArray(publish) && publish.every((p) => typeof p === "string"))) {
    throw typeError(`${key}.publish`, publish, "a boolean or an array of registry names", at("publish"));
  }
  for (const k of INHERITABLE_PACKAGE_FIELDS) if (k !== "version" && k !== "edition" && k !== "publish") field(k);
  const out = { name, version, location };
  if (edition !== void 0) out.edition = edition;
  const links = str("links", t.links);
  if (links !== void 0) out.links = links;
  if (publish !== void 0) out.publish = publish;
  if (resolver !== void 0) out.resolver = resolver;
  const ws = str("workspace", t.workspace);
  if (ws !== void 0) out.workspace = ws;
  return out;
}
function readWorkspaceConfig(raw, warn) {
  const t = raw.doc.workspace;
  const at = (kp) => raw.at(["workspace", ...kp]);
  if (!isTable(t)) throw typeError("workspace", t, "a table", at([]));
  const resolver = checkString(t, "resolver", at(["resolver"]));
  if (resolver !== void 0 && !RESOLVERS.includes(resolver)) throw resolverError(resolver, at(["resolver"]));
  const pkg = t.package ?? {};
  if (!isTable(pkg)) throw typeError("workspace.package", pkg, "a table", at(["package"]));
  const depsRaw = t.dependencies ?? {};
  if (!isTable(depsRaw)) throw typeError("workspace.dependencies", depsRaw, "a table", at(["dependencies"]));
  const cx = { file: raw.file, baseDir: raw.dir, at: (kp) => raw.at(kp), warn, inherit: null };
  const dependencies = {};
  const inheritableDependencies = {};
  for (const [name, spec] of Object.entries(depsRaw)) {
    const keyPath = ["workspace", "dependencies", name];
    if (isTable(spec) && spec.workspace !== void 0) {
      throw new CargoError("manifest", `\`workspace.dependencies.${name}\` cannot itself use \`workspace = true\``, raw.at([...keyPath, "workspace"]));
    }
    if (isTable(spec) && spec.optional !== void 0) {
      throw new CargoError("manifest", `${name} is optional, but workspace dependencies cannot be optional`, raw.at([...keyPath, "optional"]));
    }
    dependencies[name] = typeof spec === "string" ? { version: spec } : spec;
    inheritableDependencies[name] = toDependency(cx, name, spec, { kind: "normal", keyPath });
  }
  const out = {
    members: checkStringArray(t, "members", at(["members"])) ?? [],
    exclude: checkStringArray(t, "exclude", at(["exclude"])) ?? [],
    dependencies,
    package: pkg,
    location: at([]),
    inheritableDependencies
  };
  const defaultMembers = checkStringArray(t, "default-members", at(["default-members"]));
  if (defaultMembers !== void 0) out.defaultMembers = defaultMembers;
  if (resolver !== void 0) out.resolver = resolver;
  return out;
}
function typeError(key, v, expected, location) {
  return new CargoError("manifest", `invalid type for \`${key}\`: ${tomlTypeName(v)}, expected ${expected}`, location);
}
function virtualError(section, location) {
  return new CargoError("manifest", `this virtual manifest specifies a \`${section}\` section, which is not allowed`, location);
}
function resolverError(v, location) {
  return new CargoError("manifest", `\`resolver\` setting \`${v}\` is not valid, valid options are "1", "2" or "3"`, location);
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
    return path3.join(this.root, "Cargo.lock");
  }
  member(name) {
    return this.members.find((p) => p.name === name);
  }
  /** Loads the workspace that the manifest in (or at) `dirOrManifestPath` belongs to. */
  static load(dirOrManifestPath, opts = {}) {
    const l = new Loader(opts.cargoHome ?? process.env.CARGO_HOME ?? path3.join(os.homedir(), ".cargo"));
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
    const abs = path3.resolve(input);
    const current = isDir(abs) ? path3.join(abs, "Cargo.toml") : abs;
    if (!this.raw(current)) {
      throw new CargoError("workspace", `could not find \`Cargo.toml\` in \`${path3.dirname(current)}\``, { file: current });
    }
    const rootFile = this.findRoot(current) ?? current;
    const rootManifest = this.manifest(rootFile);
    const root = path3.dirname(rootFile);
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
      r = isFile(file) ? readRawManifest(file) : null;
      this.raws.set(file, r);
      if (r && r.doc.workspace !== void 0) this.knownRoots.set(r.dir, r);
    }
    return r ?? void 0;
  }
  manifest(file) {
    let m = this.manifests.get(file);
    if (!m) {
      const raw = this.raw(file);
      if (!raw) throw new CargoError("io", `failed to read \`${file}\`: ENOENT`, { file });
      m = manifestFromRaw(raw, {
        workspaceRoot: () => {
          const r = this.findRoot(file);
          return r === void 0 ? void 0 : this.manifest(r);
        }
      });
      this.manifests.set(file, m);
    }
    return m;
  }
  toPackage(m) {
    if (!m.package) throw new CargoError("workspace", `found a virtual manifest at \`${m.file}\` instead of a package manifest`, { file: m.file });
    return { name: m.package.name, version: m.package.version, manifest: m, dir: m.dir };
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
    for (let dir = path3.dirname(file); ; dir = path3.dirname(dir)) {
      const known = this.knownRoots.get(dir);
      if (known && !isExcluded(known, file)) return known.file;
      if (path3.dirname(dir) === dir) break;
    }
    let prev;
    for (let dir = path3.dirname(path3.dirname(file)); ; dir = path3.dirname(dir)) {
      if (prev === this.cargoHome) break;
      if (dir.endsWith(`${path3.sep}target${path3.sep}package`)) break;
      const anc = this.raw(path3.join(dir, "Cargo.toml"));
      if (anc?.doc.workspace !== void 0) {
        if (!isExcluded(anc, file)) return anc.file;
      } else if (anc && rootPointer(anc) !== void 0) {
        return this.readRootPointer(anc);
      }
      prev = dir;
      if (path3.dirname(dir) === dir) return void 0;
    }
    return void 0;
  }
  readRootPointer(raw) {
    const target = path3.resolve(raw.dir, rootPointer(raw), "Cargo.toml");
    const root = this.raw(target);
    if (!root || root.doc.workspace === void 0) {
      throw new CargoError(
        "workspace",
        `\`package.workspace\` points to \`${path3.dirname(target)}\`, which has no Cargo.toml with a \`[workspace]\``,
        raw.at(["package", "workspace"])
      );
    }
    return target;
  }
  /** Members, then every package reachable from them (or from `[patch]`/`[replace]`) by `path`. */
  pathPackages(members, rootManifest) {
    const out = /* @__PURE__ */ new Map();
    for (const m of members) out.set(m.manifest.file, { pkg: m, member: true });
    const visit = (dep) => {
      if (dep.source.kind !== "path") return;
      const file = path3.join(dep.source.path, "Cargo.toml");
      if (out.has(file)) return;
      if (!this.raw(file)) {
        throw new CargoError("workspace", `failed to load \`${dep.nameInToml}\`: no Cargo.toml in \`${dep.source.path}\``, dep.location);
      }
      const m = this.manifest(file);
      if (!m.package) {
        throw new CargoError("workspace", `found a virtual manifest at \`${file}\` instead of a package manifest`, dep.location);
      }
      out.set(file, { pkg: this.toPackage(m), member: false });
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
    const ws = this.rootManifest.workspace;
    const memberPaths = this.expand(ws.members, "members");
    for (const mp of memberPaths) {
      this.addPathDeps(
        path3.join(mp.dir, "Cargo.toml"),
        false,
        () => new CargoError("workspace", `failed to load manifest for workspace member \`${mp.dir}\`: no Cargo.toml found (from \`${mp.entry}\`)`, mp.location)
      );
    }
    this.addPathDeps(this.rootFile, false, () => new CargoError("io", `failed to read \`${this.rootFile}\``, { file: this.rootFile }));
    let defaultMembers;
    const byFile = new Map(this.packages.map((p) => [p.manifest.file, p]));
    if (this.current === this.rootFile && ws.defaultMembers !== void 0) {
      defaultMembers = [];
      for (const dp of this.expand(ws.defaultMembers, "default-members")) {
        const pkg = byFile.get(path3.join(dp.dir, "Cargo.toml"));
        if (pkg) {
          if (!defaultMembers.includes(pkg)) defaultMembers.push(pkg);
          continue;
        }
        if (memberPaths.some((m) => m.dir === dp.dir) && this.isExcluded(dp.dir)) continue;
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
      const rel = path3.relative(this.rootDir, path3.dirname(this.current));
      throw new CargoError(
        "workspace",
        `current package believes it's in a workspace when it's not: current \`${this.current}\`, workspace \`${this.rootFile}\`; add \`${rel}\` to \`workspace.members\`, or to \`workspace.exclude\` to keep it out`,
        this.rootManifest.workspace.location
      );
    }
    if (defaultMembers.length === 0 && !this.l.manifest(this.current).isVirtual) {
      defaultMembers = this.packages.filter((p) => p.manifest.file === this.current);
    }
    const seen = /* @__PURE__ */ new Map();
    for (const p of this.packages) {
      const other = seen.get(p.name);
      if (other) {
        throw new CargoError(
          "workspace",
          `two packages named \`${p.name}\` in this workspace: \`${other.manifest.file}\` and \`${p.manifest.file}\``,
          { file: p.manifest.file }
        );
      }
      seen.set(p.name, p);
    }
    return { members: this.packages, defaultMembers };
  }
  /** Adds `file` as a member, then its path dependencies (Cargo's `find_path_deps`). */
  addPathDeps(file, isPathDep, missing) {
    if (this.memberFiles.has(file)) return;
    const raw = this.l.raw(file);
    if (!raw) throw missing();
    if (isPathDep && !within(path3.dirname(file), this.rootDir) && this.l.findRoot(file) !== this.rootFile) return;
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
    const m = this.l.manifest(file);
    if (m.isVirtual) return;
    this.packages.push(this.l.toPackage(m));
    for (const d of m.dependencies) {
      if (d.source.kind !== "path") continue;
      const depDir = d.source.path;
      this.addPathDeps(
        path3.join(depDir, "Cargo.toml"),
        true,
        () => new CargoError("workspace", `failed to load \`${d.nameInToml}\`: no Cargo.toml in \`${depDir}\``, d.location)
      );
    }
  }
  isExcluded(file) {
    const ws = this.rootManifest.workspace;
    return isExcludedBy(this.rootDir, ws.members, ws.exclude, file);
  }
  /** Cargo's `members_paths`: glob-expand entries, keep directories; an entry matching nothing stays literal. */
  expand(entries2, key) {
    const out = [];
    entries2.forEach((entry, idx) => {
      const location = { file: this.rootFile, ...this.rootManifest.locator.locate(["workspace", key, String(idx)]) };
      const pattern = path3.resolve(this.rootDir, entry);
      if (!within(pattern, this.rootDir)) {
        throw new CargoError("workspace", `\`workspace.${key}\` entry \`${entry}\` resolves outside the workspace root \`${this.rootDir}\``, location);
      }
      let matches;
      try {
        matches = globPaths(pattern);
      } catch (e) {
        throw new CargoError("workspace", `could not parse pattern \`${entry}\` in \`workspace.${key}\`: ${e.message}`, location);
      }
      if (matches.length === 0) out.push({ dir: pattern, entry, location });
      for (const m of matches) if (isDir(m)) out.push({ dir: m, entry, location });
    });
    return out;
  }
};
function rootPointer(raw) {
  const pkg = raw.doc.package ?? raw.doc.project;
  const w = typeof pkg === "object" && pkg !== null ? pkg.workspace : void 0;
  return typeof w === "string" ? w : void 0;
}
function stringList(v) {
  return Array.isArray(v) ? v.filter((x) => typeof x === "string") : [];
}
function isExcludedBy(rootDir, members, exclude, file) {
  const under = (entries2) => entries2.some((e) => within(file, path3.resolve(rootDir, e)));
  return under(exclude) && !under(members);
}
function isExcluded(rootRaw, file) {
  const ws = rootRaw.doc.workspace;
  if (typeof ws !== "object" || ws === null) return false;
  return isExcludedBy(rootRaw.dir, stringList(ws.members), stringList(ws.exclude), file);
}
function within(p, dir) {
  if (p === dir) return true;
  return p.startsWith(dir.endsWith(path3.sep) ? dir : dir + path3.sep);
}
function isFile(p) {
  try {
    return fs2.statSync(p).isFile();
  } catch {
    return false;
  }
}
function isDir(p) {
  try {
    return fs2.statSync(p).isDirectory();
  } catch {
    return false;
  }
}
var WILD = /[*?[]/;
function globPaths(pattern) {
  const segs = pattern.split(path3.sep);
  const first = segs.findIndex((s) => WILD.test(s));
  if (first === -1) return fs2.existsSync(pattern) ? [pattern] : [];
  const matchers = segs.map((s) => WILD.test(s) && s !== "**" ? segmentRegex(s) : void 0);
  for (const s of segs) if (s.includes("**") && s !== "**") throw new Error("recursive wildcards must form a single path component");
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
        if (last) out.add(path3.join(dir, e.name));
        walk(path3.join(dir, e.name), i);
      }
      return;
    }
    const re = matchers[i];
    if (!re) {
      const p = path3.join(dir, seg);
      if (fs2.existsSync(p)) walk(p, i + 1);
      return;
    }
    for (const e of entries(dir)) if (re.test(e.name)) walk(path3.join(dir, e.name), i + 1);
  };
  walk(segs.slice(0, first).join(path3.sep) || path3.sep, first);
  return [...out].sort(byComponents);
}
function byComponents(a, b) {
  const x = a.split(path3.sep);
  const y = b.split(path3.sep);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  }
  return x.length - y.length;
}
function entries(dir) {
  try {
    return fs2.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  } catch {
    return [];
  }
}
function segmentRegex(seg) {
  let re = "^";
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i];
    if (c === "*") re += ".*";
    else if (c === "?") re += ".";
    else if (c === "[") {
      let j = i + 1;
      const negate = seg[j] === "!";
      if (negate) j++;
      const start = j;
      if (seg[j] === "]") j++;
      while (j < seg.length && seg[j] !== "]") j++;
      if (j >= seg.length) throw new Error("invalid range pattern");
      const body = seg.slice(start, j);
      let cls = "";
      for (let k = 0; k < body.length; k++) {
        if (body[k + 1] === "-" && k + 2 < body.length) {
          cls += `${escapeClass(body[k])}-${escapeClass(body[k + 2])}`;
          k += 2;
        } else cls += escapeClass(body[k]);
      }
      re += negate ? `[^${cls}]` : `[${cls}]`;
      i = j;
    } else re += c.replace(/[.+^${}()|\\\]]/g, "\\$&");
  }
  return new RegExp(`${re}$`, "u");
}
function escapeClass(c) {
  return /[\\\]^\-[]/.test(c) ? `\\${c}` : c;
}

// src/cargo/sources/cargo_home_layout.ts
import * as path4 from "node:path";

// src/cargo/util/cargo_version.ts
import { execFileSync } from "node:child_process";
var DEFAULT_CARGO_VERSION = { major: 1, minor: 95 };
function parseCargoVersion(output) {
  const m = /^cargo\s+(\d+)\.(\d+)\.\d+/m.exec(output.trim());
  if (!m) {
    throw new CargoError("usage", `cannot read a cargo version from \`${output.trim().split("\n")[0]}\``);
  }
  return { major: Number(m[1]), minor: Number(m[2]) };
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
function usesStableHash(v) {
  return v.major > 1 || v.major === 1 && v.minor >= 85;
}

// src/cargo/util/hasher.ts
var MASK = (1n << 64n) - 1n;
var encoder = new TextEncoder();
function rotl(x, b) {
  return (x << b | x >> 64n - b) & MASK;
}
function sipRound(s) {
  s.v0 = s.v0 + s.v1 & MASK;
  s.v1 = rotl(s.v1, 13n) ^ s.v0;
  s.v0 = rotl(s.v0, 32n);
  s.v2 = s.v2 + s.v3 & MASK;
  s.v3 = rotl(s.v3, 16n) ^ s.v2;
  s.v0 = s.v0 + s.v3 & MASK;
  s.v3 = rotl(s.v3, 21n) ^ s.v0;
  s.v2 = s.v2 + s.v1 & MASK;
  s.v1 = rotl(s.v1, 17n) ^ s.v2;
  s.v2 = rotl(s.v2, 32n);
}
function rounds(s, n) {
  for (let i = 0; i < n; i++) sipRound(s);
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
    for (const b of bytes) {
      this.tail.push(b & 255);
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
  writeStr(s) {
    this.write(encoder.encode(s));
    return this.writeU8(255);
  }
  compress(m) {
    this.s.v3 ^= m;
    rounds(this.s, this.cRounds);
    this.s.v0 ^= m;
  }
  /** Pads the final block and returns the state ready for finalisation. */
  finalState() {
    const s = { ...this.s };
    const b = (BigInt(this.length) & 0xffn) << 56n | leWord(this.tail);
    s.v3 ^= b;
    rounds(s, this.cRounds);
    s.v0 ^= b;
    return s;
  }
};
function leWord(bytes) {
  let w = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) w = w << 8n | BigInt(bytes[i]);
  return w;
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
    const s = this.finalState();
    s.v2 ^= 0xeen;
    rounds(s, this.dRounds);
    const lo = s.v0 ^ s.v1 ^ s.v2 ^ s.v3;
    s.v1 ^= 0xddn;
    rounds(s, this.dRounds);
    const hi = s.v0 ^ s.v1 ^ s.v2 ^ s.v3;
    return [lo, hi];
  }
  finish() {
    const [lo, hi] = this.finish128();
    return lo * 3n + hi & MASK;
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
    const s = this.finalState();
    s.v2 ^= 0xffn;
    rounds(s, this.dRounds);
    return s.v0 ^ s.v1 ^ s.v2 ^ s.v3;
  }
};
function shortHash(hash) {
  return leBytes(BigInt.asUintN(64, hash)).map((b) => b.toString(16).padStart(2, "0")).join("");
}

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
var SPECIAL_SCHEMES = /* @__PURE__ */ new Set(["http:", "https:", "ws:", "wss:", "ftp:", "file:"]);
function isSpecial(url) {
  return SPECIAL_SCHEMES.has(url.protocol);
}
function replaceLastSegment(path10, segment, special) {
  const lastSlash = path10.lastIndexOf("/");
  const head = lastSlash <= 0 ? "/" : path10.slice(0, lastSlash);
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
  return Array.from(new TextEncoder().encode(ch), (b) => "%" + b.toString(16).toUpperCase().padStart(2, "0")).join("");
}

// src/cargo/core/source_id.ts
import { isAbsolute } from "node:path";
import { pathToFileURL } from "node:url";
var SOURCE_KIND_DISCRIMINANT = {
  git: 0,
  path: 1,
  registry: 2,
  sparse: 3,
  "local-registry": 4,
  directory: 5
};
var CRATES_IO_INDEX = "https://github.com/rust-lang/crates.io-index";
var CRATES_IO_HTTP_INDEX = "sparse+https://index.crates.io/";
var SourceId = class _SourceId {
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
        let s = `git+${this.url}`;
        const pretty = prettyRef(this.gitReference ?? { kind: "default" }, opts.encodeGitRef ?? true);
        if (pretty !== void 0) s += `?${pretty}`;
        if (this.precise !== void 0) s += `#${this.precise}`;
        return s;
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
    const ref = this.kind === "git" ? prettyRef(this.gitReference ?? { kind: "default" }, true) ?? "" : "";
    return `${this.kind}:${ref}:${this.canonicalUrl()}`;
  }
  equals(other) {
    return this.key() === other.key();
  }
};
function fileUrl(absPath) {
  if (!isAbsolute(absPath)) throw new CargoError("url", `path \`${absPath}\` is not absolute`);
  return pathToFileURL(absPath).href;
}
function gitReferenceFromQuery(params) {
  let reference = { kind: "default" };
  for (const [k, v] of params) {
    if (k === "branch" || k === "ref") reference = { kind: "branch", name: v };
    else if (k === "tag") reference = { kind: "tag", name: v };
    else if (k === "rev") reference = { kind: "rev", name: v };
  }
  return reference;
}
function prettyRef(ref, encoded) {
  if (ref.kind === "default") return void 0;
  return `${ref.kind}=${encoded ? formUrlencode(ref.name) : ref.name}`;
}
function formUrlencode(value) {
  let out = "";
  for (const b of new TextEncoder().encode(value)) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9*\-._]/.test(c)) out += c;
    else if (b === 32) out += "+";
    else out += "%" + b.toString(16).toUpperCase().padStart(2, "0");
  }
  return out;
}

// src/cargo/core/source_dir.ts
function hasherFor(v) {
  return usesStableHash(v) ? new StableHasher() : new LegacySipHasher();
}
function sourceIdHash(id, v) {
  const h = hasherFor(v).writeDiscriminant(SOURCE_KIND_DISCRIMINANT[id.kind]);
  const hashesCanonical = usesStableHash(v) || id.kind === "git";
  h.writeStr(hashesCanonical ? id.canonicalUrl() : id.url);
  return shortHash(h.finish());
}
function registryDirName(id, v) {
  if (!id.isRegistry()) {
    throw new CargoError("usage", `\`${id.toLockfileString()}\` is not a remote registry`);
  }
  return `${new URL(id.url).hostname}-${sourceIdHash(id, v)}`;
}
function gitIdent(source, v) {
  const canonical = canonicalizeUrl(typeof source === "string" ? parseUrl(source) : new URL(source.url));
  const segment = lastPathSegment(canonical) || "_empty";
  return `${segment}-${shortHash(hasherFor(v).writeStr(canonical.href).finish())}`;
}

// src/cargo/sources/git/short_id.ts
import { execFileSync as execFileSync2 } from "node:child_process";
import { existsSync as existsSync2 } from "node:fs";
var DEFAULT_ABBREV = 7;
function shortId(fullSha, dbPath) {
  if (!/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i.test(fullSha)) {
    throw new CargoError("usage", `\`${fullSha}\` is not a full git commit id`);
  }
  const sha = fullSha.toLowerCase();
  const fallback = sha.slice(0, DEFAULT_ABBREV);
  if (dbPath === void 0 || !existsSync2(dbPath)) return fallback;
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

// src/cargo/sources/registry/index_path.ts
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

// src/cargo/sources/replaced_source.ts
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
  /** Registry directory name (`<host>-<hash>`) for a locked registry source. */
  registry(id) {
    const k = id.toLockfileString();
    let hit = this.dirs.get(k);
    if (!hit) {
      const source = replacedSource(id, this.config);
      hit = { source, dir: source.isRegistry() ? registryDirName(source, this.cargoVersion) : void 0 };
      this.dirs.set(k, hit);
    }
    return hit;
  }
  of(id, sourceId) {
    if (!sourceId) return void 0;
    if (sourceId.isGit()) {
      const ident = gitIdent(sourceId, this.cargoVersion);
      const db = `git/db/${ident}`;
      const rev = sourceId.precise;
      const short = rev ? shortId(rev, path4.join(this.cargoHome, db)) : "unknown";
      return { kind: "git", ident, db, checkout: `git/checkouts/${ident}/${short}` };
    }
    if (!sourceId.isRegistry()) return void 0;
    const { source, dir } = this.registry(sourceId);
    if (!dir) return { kind: "vendored", source };
    const file = `${id.name}-${id.version}`;
    return {
      kind: "registry",
      source,
      dir,
      index: `registry/index/${dir}/.cache/${makeDepPath(id.name.toLowerCase())}`,
      crate: `registry/cache/${dir}/${file}.crate`,
      src: `registry/src/${dir}/${file}`
    };
  }
  abs(rel) {
    return this.cargoHome + path4.sep + (path4.sep === "/" ? rel : rel.split("/").join(path4.sep));
  }
};

// src/cargo/util/context.ts
import * as fs4 from "node:fs";
import * as path7 from "node:path";

// src/cargo/util/cargo_home.ts
import * as os2 from "node:os";
import * as path5 from "node:path";
function cargoHome(env = process.env, platform = process.platform, homedir3 = os2.homedir(), cwd = process.cwd()) {
  const p = platform === "win32" ? path5.win32 : path5.posix;
  const fromEnv = env.CARGO_HOME;
  if (fromEnv !== void 0 && fromEnv !== "") return p.resolve(cwd, fromEnv);
  return p.join(homedir3, ".cargo");
}

// src/cargo/util/context/source_config.ts
import * as path6 from "node:path";
import { pathToFileURL as pathToFileURL2 } from "node:url";

// src/cargo/util/context/value.ts
import * as fs3 from "node:fs";
function loadConfigFile(file) {
  let text;
  try {
    text = fs3.readFileSync(file, "utf8");
  } catch (e) {
    throw new CargoError("io", `could not read configuration file: ${e.message}`, { file });
  }
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
  return fromToml(doc, { kind: "path", file });
}
function fromToml(v, def) {
  if (typeof v === "string") return { kind: "string", val: v, def };
  if (typeof v === "boolean") return { kind: "boolean", val: v, def };
  if (typeof v === "bigint") return { kind: "integer", val: v, def };
  if (typeof v === "number") return { kind: Number.isInteger(v) ? "integer" : "float", val: v, def };
  if (Array.isArray(v)) return { kind: "array", val: v.map((x) => fromToml(x, def)), def };
  if (v instanceof Date) return { kind: "datetime", val: v.toISOString(), def };
  const val = /* @__PURE__ */ new Map();
  for (const [k, x] of Object.entries(v)) val.set(k, fromToml(x, def));
  return { kind: "table", val, def };
}
function mergeInto(into, from, key = []) {
  if (into.kind === "table" && from.kind === "table") {
    for (const [k, v] of from.val) {
      const old = into.val.get(k);
      if (old === void 0) into.val.set(k, v);
      else mergeInto(old, v, [...key, k]);
    }
  } else if (into.kind === "array" && from.kind === "array") {
    into.val.unshift(...from.val);
  } else if (into.kind === "table" || from.kind === "table" || into.kind === "array" || from.kind === "array") {
    throw new CargoError(
      "config",
      `failed to merge key \`${key.join(".")}\` between ${describe(from.def)} and ${describe(into.def)}: expected ${into.kind}, but found ${from.kind}`,
      definitionLocation(from.def, key)
    );
  }
}
function describe(def) {
  return def.kind === "path" ? def.file : `environment variable \`${def.key}\``;
}
function definitionLocation(def, key) {
  if (def.kind !== "path") return void 0;
  let pos;
  try {
    pos = new TomlLocator(fs3.readFileSync(def.file, "utf8")).find(key);
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
            definedIn: describe(alt.def)
          });
        }
        throw new CargoError(
          "config",
          `could not find a configured source with the name \`${current}\` when attempting to lookup \`${name}\` (configuration in ${via ? describe(via) : "unknown"})`,
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
    if (sameSource(original, target)) return void 0;
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
function sameSource(a, b) {
  const registryish = (l) => l.kind === "sparse" || l.kind === "registry";
  if (registryish(a) && registryish(b) && isCratesIoUrl(a.url) && isCratesIoUrl(b.url)) return true;
  return a.kind === b.kind && canonicalUrl(a.url) === canonicalUrl(b.url) && a.gitReference?.name === b.gitReference?.name;
}
function parseSourceConfig(name, value, cwd) {
  const key = ["source", name];
  if (value.kind !== "table") throw typeError2(key, value, "a table");
  const str = (k) => {
    const v = value.val.get(k);
    if (v === void 0) return void 0;
    if (v.kind !== "string") throw typeError2([...key, k], v, "a string");
    return { val: v.val, def: v.def };
  };
  const locations = [];
  const registry = str("registry");
  if (registry) {
    const url = checkUrl2(registry, [...key, "registry"]);
    locations.push({ name, kind: url.startsWith("sparse+") ? "sparse" : "registry", url, definedIn: describe(registry.def) });
  }
  for (const kind of ["local-registry", "directory"]) {
    const p = str(kind);
    if (p) locations.push({ name, kind, url: pathToFileURL2(resolveConfigPath(p.val, p.def, cwd)).href, definedIn: describe(p.def) });
  }
  const git = str("git");
  if (git) {
    const refs = ["branch", "tag", "rev"].flatMap((k) => {
      const v = str(k);
      return v ? [{ kind: k, name: v.val }] : [];
    });
    if (refs.length > 1) {
      throw new CargoError("config", `\`source.${name}\` may only specify one of \`branch\`, \`tag\` or \`rev\``, definitionLocation(git.def, key));
    }
    locations.push({ name, kind: "git", url: checkUrl2(git, [...key, "git"]), definedIn: describe(git.def), gitReference: refs[0] });
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
  const base = def.kind === "path" ? path6.dirname(path6.dirname(def.file)) : cwd;
  return path6.resolve(base, value);
}
function checkUrl2(v, key) {
  try {
    parseUrl(v.val);
  } catch {
    throw new CargoError(
      "config",
      `configuration key \`${key.join(".")}\` specified an invalid URL \`${v.val}\` (in ${describe(v.def)})`,
      definitionLocation(v.def, key)
    );
  }
  return v.val;
}
function typeError2(key, v, expected) {
  return new CargoError(
    "config",
    `\`${key.join(".")}\` expected ${expected}, but found ${v.kind} (in ${describe(v.def)})`,
    definitionLocation(v.def, key)
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
    const abs = path7.resolve(cwd);
    const home = cargoHome(env, process.platform, void 0, abs);
    const warnings = [];
    const files = [];
    for (let dir = abs; ; dir = path7.dirname(dir)) {
      const file = configFileIn(path7.join(dir, ".cargo"), warnings);
      if (file) files.push(file);
      if (path7.dirname(dir) === dir) break;
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
    let v = this.values;
    for (const k of key) {
      if (v?.kind !== "table") return void 0;
      v = v.val.get(k);
    }
    return v;
  }
  /** A string setting: `CARGO_<KEY>` in the environment wins over the files. */
  getString(key) {
    const envKey = envKeyFor(key);
    const fromEnv = this.env[envKey];
    if (fromEnv !== void 0) return { val: fromEnv, def: { kind: "environment", key: envKey } };
    const v = this.get(key);
    if (v === void 0) return void 0;
    if (v.kind !== "string") throw typeError2([...key], v, "a string");
    return { val: v.val, def: v.def };
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
    const v = this.getString(key);
    if (v === void 0) return void 0;
    try {
      parseUrl(v.val);
    } catch {
      throw new CargoError(
        "config",
        `configuration key \`${key.join(".")}\` specified an invalid URL \`${v.val}\` (in ${describe(v.def)})`,
        definitionLocation(v.def, key)
      );
    }
    return { index: v.val, def: v.def };
  }
};
function envKeyFor(key) {
  return ["CARGO", ...key].join("_").toUpperCase().replace(/-/g, "_");
}
function configFileIn(dir, warnings) {
  const legacy = path7.join(dir, "config");
  const toml = path7.join(dir, "config.toml");
  const legacyExists = isFile2(legacy);
  if (legacyExists && isFile2(toml)) warnings.push(`both \`${legacy}\` and \`${toml}\` exist. Using \`${legacy}\``);
  if (legacyExists) return legacy;
  return isFile2(toml) ? toml : void 0;
}
function isFile2(p) {
  try {
    return fs4.statSync(p).isFile();
  } catch {
    return false;
  }
}

// src/cargo/ops/project.ts
function loadProject(dir, opts = {}) {
  const env = opts.env ?? process.env;
  const abs = path8.resolve(dir);
  const config = GlobalContext.load(abs, env);
  const ws = Workspace.load(abs, { cargoHome: config.cargoHome });
  const cargoVersion = opts.cargoVersion ?? detectCargoVersion({ cwd: abs, env });
  return { dir: abs, ws, config, layout: new CargoHomeLayout(config.cargoHome, config, cargoVersion) };
}

// src/cargo/ops/check_lockfile.ts
import * as fs7 from "node:fs";

// src/cargo/core/resolver/features.ts
function resolveFeatures(roots, node, target) {
  const requested = /* @__PURE__ */ new Map();
  const origin = /* @__PURE__ */ new Map();
  const activated = /* @__PURE__ */ new Map();
  const features = /* @__PURE__ */ new Map();
  const queue = [];
  const queued = /* @__PURE__ */ new Set();
  const maps = /* @__PURE__ */ new Map();
  const targets = /* @__PURE__ */ new Map();
  const request = (key, req) => {
    let set = requested.get(key);
    const first = !set;
    if (!set) requested.set(key, set = /* @__PURE__ */ new Set());
    if (!origin.has(key)) origin.set(key, req.origin);
    let grew = first;
    for (const v of req.values) if (!set.has(v)) set.add(v), grew = true;
    const n = grew && !queued.has(key) ? node(key) : void 0;
    if (n) queue.push(n), queued.add(key);
  };
  for (const r of roots) request(r.key, { values: allFeatureValues(r.summary) });
  for (let head = 0; head < queue.length; head++) {
    const n = queue[head];
    queued.delete(n.key);
    let map = maps.get(n.key);
    if (!map) maps.set(n.key, map = featureMap(n.summary));
    let cached = targets.get(n.key);
    if (!cached) targets.set(n.key, cached = []);
    const { enabled, activeOptional, depRequests } = expand(n.summary, map, requested.get(n.key));
    features.set(n.key, enabled);
    const active = [];
    for (let i = 0; i < n.summary.dependencies.length; i++) {
      const dep = n.summary.dependencies[i];
      if (dep.kind === "dev" && !n.member) continue;
      if (dep.optional && !activeOptional.has(dep.nameInToml)) continue;
      const t = i in cached ? cached[i] : cached[i] = target(n, dep);
      active.push({ dep, target: t });
      if (t === void 0) continue;
      const values = [...dep.features, ...depRequests.get(dep.nameInToml) ?? []];
      if (dep.defaultFeatures) values.push("default");
      const loc = n.member ? dep.location : origin.get(n.key);
      request(t, { values, origin: loc });
    }
    activated.set(n.key, active);
  }
  return { activated, features, origin };
}
function featureMap(s) {
  const map = { ...s.features };
  const explicitDep = /* @__PURE__ */ new Set();
  for (const values of Object.values(s.features)) {
    for (const v of values) if (v.startsWith("dep:")) explicitDep.add(v.slice(4));
  }
  for (const d of s.dependencies) {
    if (d.optional && !explicitDep.has(d.nameInToml) && !(d.nameInToml in map)) map[d.nameInToml] = [`dep:${d.nameInToml}`];
  }
  return map;
}
function allFeatureValues(s) {
  return ["default", ...Object.keys(featureMap(s))];
}
function expand(s, map, requested) {
  const enabled = /* @__PURE__ */ new Set();
  const activeOptional = /* @__PURE__ */ new Set();
  const depRequests = /* @__PURE__ */ new Map();
  const addReq = (dep, feat) => {
    const list = depRequests.get(dep);
    if (list) list.push(feat);
    else depRequests.set(dep, [feat]);
  };
  const visit = (v) => {
    if (v.startsWith("dep:")) {
      activeOptional.add(v.slice(4));
      return;
    }
    const slash = v.indexOf("/");
    if (slash >= 0) {
      let dep = v.slice(0, slash);
      const feat = v.slice(slash + 1);
      if (dep.endsWith("?")) {
        dep = dep.slice(0, -1);
        activeOptional.add(dep);
        addReq(dep, feat);
        return;
      }
      activeOptional.add(dep);
      if (map[dep] && !enabled.has(dep) && !s.features[dep]) visit(dep);
      addReq(dep, feat);
      return;
    }
    if (enabled.has(v) || !(v in map)) return;
    enabled.add(v);
    for (const w of map[v]) visit(w);
  };
  for (const v of requested) visit(v);
  return { enabled, activeOptional, depRequests };
}

// src/cargo/ops/freshness/report.ts
function verdictOf(reasons) {
  if (reasons.some((r) => r.verdict === "stale")) return "stale";
  return reasons.length ? "undecided" : "fresh";
}
function formatReason(r) {
  const loc = { ...r.location, line: r.location.line ?? 1, col: r.location.col ?? 1 };
  return `${formatLocation(loc)}: ${r.verdict === "undecided" ? "undecided: " : ""}${r.message}`;
}

// src/cargo/util/semver_ext.ts
var SemverError = class extends Error {
};
var U64_MAX = 18446744073709551615n;
function quoted(ch) {
  return ch === "	" ? "'\\t'" : ch === "\n" ? "'\\n'" : ch === "\r" ? "'\\r'" : `'${ch}'`;
}
function isDigit2(c) {
  return c !== void 0 && c >= "0" && c <= "9";
}
function numericIdentifier(s, pos) {
  let len = 0;
  while (isDigit2(s[len])) len++;
  if (len === 0) {
    if (s.length === 0) throw new SemverError(`unexpected end of input while parsing ${pos}`);
    throw new SemverError(`unexpected character ${quoted(s[0])} while parsing ${pos}`);
  }
  if (len > 1 && s[0] === "0") throw new SemverError(`invalid leading zero in ${pos}`);
  const n = BigInt(s.slice(0, len));
  if (n > U64_MAX) throw new SemverError(`value of ${pos} exceeds u64::MAX`);
  return [n, s.slice(len)];
}
function identifier(s, pos) {
  let acc = 0;
  for (; ; ) {
    let seg = 0;
    let nonDigit = false;
    for (; ; ) {
      const c = s[acc + seg];
      if (c === void 0 || !/[0-9A-Za-z-]/.test(c)) break;
      if (!isDigit2(c)) nonDigit = true;
      seg++;
    }
    const boundary = s[acc + seg];
    if (seg === 0) {
      if (acc === 0 && boundary !== ".") return ["", s];
      throw new SemverError(`empty identifier segment in ${pos}`);
    }
    if (pos === "pre-release identifier" && seg > 1 && !nonDigit && s[acc] === "0") {
      throw new SemverError(`invalid leading zero in ${pos}`);
    }
    acc += seg;
    if (boundary !== ".") return [s.slice(0, acc), s.slice(acc)];
    acc++;
  }
}
function nonEmptyIdentifier(s, pos) {
  const [id, rest] = identifier(s, pos);
  if (id === "") throw new SemverError(`empty identifier segment in ${pos}`);
  return [id, rest];
}
function parseVersionInner(s) {
  if (s === "") throw new SemverError("empty string, expected a semver version");
  const dot = (t2, pos2) => {
    if (t2.startsWith(".")) return t2.slice(1);
    if (t2 === "") throw new SemverError(`unexpected end of input while parsing ${pos2}`);
    throw new SemverError(`unexpected character ${quoted(t2[0])} after ${pos2}`);
  };
  let [major, t] = numericIdentifier(s, "major version number");
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
function parseVersion(s, loc, kind = "manifest") {
  try {
    return parseVersionInner(s);
  } catch (e) {
    if (e instanceof SemverError) throw new CargoError(kind, `invalid version \`${s}\`: ${e.message}`, loc);
    throw e;
  }
}
function comparePrerelease(a, b) {
  if (a === b) return 0;
  if (a === "") return 1;
  if (b === "") return -1;
  const as = a.split(".");
  const bs = b.split(".");
  for (let i = 0; i < Math.min(as.length, bs.length); i++) {
    const x = as[i];
    const y = bs[i];
    const xn = /^[0-9]+$/.test(x);
    const yn = /^[0-9]+$/.test(y);
    let c;
    if (xn && yn) c = x.length !== y.length ? x.length - y.length : x < y ? -1 : x > y ? 1 : 0;
    else if (xn !== yn) c = xn ? -1 : 1;
    else c = x < y ? -1 : x > y ? 1 : 0;
    if (c !== 0) return Math.sign(c);
  }
  return Math.sign(as.length - bs.length);
}
var isWildcard = (c) => c === "*" || c === "x" || c === "X";
function parseOp(s) {
  if (s.startsWith(">=")) return ["GreaterEq", s.slice(2)];
  if (s.startsWith("<=")) return ["LessEq", s.slice(2)];
  switch (s[0]) {
    case "=":
      return ["Exact", s.slice(1)];
    case ">":
      return ["Greater", s.slice(1)];
    case "<":
      return ["Less", s.slice(1)];
    case "~":
      return ["Tilde", s.slice(1)];
    case "^":
      return ["Caret", s.slice(1)];
    default:
      return ["Caret", s];
  }
}
var trimSpaces = (s) => s.replace(/^ +/, "");
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
function matchesExact(c, v) {
  if (v.major !== c.major) return false;
  if (c.minor !== void 0 && v.minor !== c.minor) return false;
  if (c.patch !== void 0 && v.patch !== c.patch) return false;
  return v.pre === c.pre;
}
function matchesOrdered(c, v, sign) {
  const beyond = (a, b) => sign === 1 ? a > b : a < b;
  if (v.major !== c.major) return beyond(v.major, c.major);
  if (c.minor === void 0) return false;
  if (v.minor !== c.minor) return beyond(v.minor, c.minor);
  if (c.patch === void 0) return false;
  if (v.patch !== c.patch) return beyond(v.patch, c.patch);
  return comparePrerelease(v.pre, c.pre) * sign > 0;
}
function matchesTilde(c, v) {
  if (v.major !== c.major) return false;
  if (c.minor !== void 0 && v.minor !== c.minor) return false;
  if (c.patch !== void 0 && v.patch !== c.patch) return v.patch > c.patch;
  return comparePrerelease(v.pre, c.pre) >= 0;
}
function matchesCaret(c, v) {
  if (v.major !== c.major) return false;
  if (c.minor === void 0) return true;
  if (c.patch === void 0) return c.major > 0n ? v.minor >= c.minor : v.minor === c.minor;
  if (c.major > 0n) {
    if (v.minor !== c.minor) return v.minor > c.minor;
    if (v.patch !== c.patch) return v.patch > c.patch;
  } else if (c.minor > 0n) {
    if (v.minor !== c.minor) return false;
    if (v.patch !== c.patch) return v.patch > c.patch;
  } else if (v.minor !== c.minor || v.patch !== c.patch) {
    return false;
  }
  return comparePrerelease(v.pre, c.pre) >= 0;
}
function comparatorMatches(c, v) {
  switch (c.op) {
    case "Exact":
    case "Wildcard":
      return matchesExact(c, v);
    case "Greater":
      return matchesOrdered(c, v, 1);
    case "GreaterEq":
      return matchesExact(c, v) || matchesOrdered(c, v, 1);
    case "Less":
      return matchesOrdered(c, v, -1);
    case "LessEq":
      return matchesExact(c, v) || matchesOrdered(c, v, -1);
    case "Tilde":
      return matchesTilde(c, v);
    case "Caret":
      return matchesCaret(c, v);
  }
}
function preIsCompatible(c, v) {
  return c.major === v.major && c.minor === v.minor && c.patch === v.patch && c.pre !== "";
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
  let s = `${OP_PREFIX[c.op]}${c.major}`;
  if (c.minor !== void 0) {
    s += `.${c.minor}`;
    if (c.patch !== void 0) s += `.${c.patch}${c.pre ? `-${c.pre}` : ""}`;
    else if (c.op === "Wildcard") s += ".*";
  } else if (c.op === "Wildcard") {
    s += ".*";
  }
  return s;
}
var VersionReq = class _VersionReq {
  constructor(comparators) {
    this.comparators = comparators;
  }
  comparators;
  /** `*`: matches every version without a pre-release. */
  static STAR = new _VersionReq([]);
  /**
   * Parses a dependency's `version` as Cargo does. `dependency` only
   * improves the error message.
   */
  static parse(s, loc, dependency) {
    try {
      return new _VersionReq(parseReqInner(s));
    } catch (e) {
      if (!(e instanceof SemverError)) throw e;
      const forDep = dependency ? ` for dependency \`${dependency}\`` : "";
      throw new CargoError("manifest", `failed to parse the version requirement \`${s}\`${forDep}: ${e.message}`, loc);
    }
  }
  /** Accepts a version string (parsed strictly; bad input is a CargoError) or a parsed `Version`. */
  matches(version) {
    const v = typeof version === "string" ? parseVersion(version) : version;
    if (!this.comparators.every((c) => comparatorMatches(c, v))) return false;
    if (v.pre === "") return true;
    return this.comparators.some((c) => preIsCompatible(c, v));
  }
  /** Canonical form, as cargo prints it: `1.2` shows as `^1.2`, `x` as `*`. */
  toString() {
    return this.comparators.length === 0 ? "*" : this.comparators.map(formatComparator).join(", ");
  }
};

// src/cargo/ops/freshness/source_matcher.ts
var CRATES_IO_CANONICAL2 = canonicalUrl(CRATES_IO_INDEX);
function lockedSourceKey(p) {
  if (!p.sourceId) return "path";
  return p.sourceId.isCratesIo() ? "crates-io" : p.sourceId.key();
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
  matched = /* @__PURE__ */ new Map();
  patches = /* @__PURE__ */ new Map();
  patchTargets() {
    return [...this.patches.values()].flatMap((m) => [...m.values()].flat());
  }
  req(s, dep) {
    if (s === void 0) return void 0;
    let r = this.reqs.get(s);
    if (!r) this.reqs.set(s, r = VersionReq.parse(s, dep?.location));
    return r;
  }
  /** The source a declaration asks for: a key for locked packages and a canonical URL for `[patch]`. */
  sourceOf(src) {
    if (src.kind === "path") return { key: "path", canonical: "" };
    if (src.kind === "git") {
      const id2 = SourceId.forGit(src.url, src.reference);
      return { key: id2.key(), canonical: id2.canonicalUrl() };
    }
    const url = src.registryIndex ?? (src.registry ? this.registryUrl(src.registry) : void 0);
    if (url === void 0) return { key: "crates-io", canonical: CRATES_IO_CANONICAL2 };
    const id = SourceId.forRegistryIndex(url);
    return id.isCratesIo() ? { key: "crates-io", canonical: CRATES_IO_CANONICAL2 } : { key: id.key(), canonical: id.canonicalUrl() };
  }
  /** Memoised: the same requirement meets the same version thousands of times in a large graph. */
  matches(req, reqText, version) {
    if (!req) return true;
    const k = `${reqText}\0${version}`;
    let m = this.matched.get(k);
    if (m === void 0) this.matched.set(k, m = req.matches(version));
    return m;
  }
  accepts(dep, parent, cand) {
    if (cand.id.name !== dep.packageName) return false;
    const req = this.req(dep.req, dep);
    if (!this.matches(req, dep.req, cand.id.version)) return false;
    const src = dep.source;
    if (src?.kind === "path") {
      const local = this.locals.get(src.path);
      return !cand.id.source && local !== void 0 && local.version === cand.id.version;
    }
    const want = src ? this.sourceOf(src) : this.parentSource(parent);
    const patches = this.patches.get(want.canonical)?.get(dep.packageName);
    const usable = patches?.filter((t) => t.version === void 0 || this.matches(req, dep.req, t.version));
    if (usable?.length) return usable.some((t) => t.accepts(cand));
    return lockedSourceKey(cand) === want.key;
  }
  parentSource(parent) {
    const id = parent.sourceId;
    if (!id || id.isCratesIo()) return { key: "crates-io", canonical: CRATES_IO_CANONICAL2 };
    return { key: id.key(), canonical: id.canonicalUrl() };
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
        accepts: (p) => !p.id.source && p.id.name === d.packageName && p.id.version === local?.version
      };
    }
    const key = this.sourceOf(src).key;
    const req = this.req(d.req, d);
    return {
      dep: d,
      accepts: (p) => p.id.name === d.packageName && lockedSourceKey(p) === key && (!req || req.matches(p.id.version))
    };
  }
};

// src/cargo/ops/freshness/summaries.ts
import * as fs5 from "node:fs";
import * as path9 from "node:path";

// src/cargo/sources/registry/index_cache.ts
var CACHE_VERSION = 3;
function findIndexCacheLine(buf, version, where) {
  if (buf.length < 6 || buf[0] !== CACHE_VERSION) {
    throw new CargoError("index", `unsupported index cache version ${buf[0] ?? "none"}`, { file: where });
  }
  const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  let i = b.indexOf(0, 5);
  while (i >= 0 && i + 1 < b.length) {
    const vEnd = b.indexOf(0, i + 1);
    if (vEnd < 0) break;
    const lEnd = b.indexOf(0, vEnd + 1);
    if (lEnd < 0) break;
    if (vEnd - i - 1 === version.length && b.toString("latin1", i + 1, vEnd) === version) {
      return b.toString("utf8", vEnd + 1, lEnd);
    }
    i = lEnd;
  }
  return void 0;
}

// src/cargo/sources/registry/index_entry.ts
function parseIndexEntry(line, where) {
  let v;
  try {
    v = JSON.parse(line);
  } catch (e) {
    throw new CargoError("index", `invalid JSON in index entry: ${e.message}`, { file: where });
  }
  const o = v;
  if (!o || typeof o !== "object" || typeof o.name !== "string" || typeof o.vers !== "string" || !Array.isArray(o.deps)) {
    throw new CargoError("index", "index entry lacks `name`, `vers` or `deps`", { file: where });
  }
  return o;
}
function summaryFromIndexEntry(e, source) {
  const dependencies = e.deps.map((d) => ({
    nameInToml: d.name,
    packageName: d.package ?? d.name,
    req: d.req,
    kind: d.kind ?? "normal",
    target: d.target ?? void 0,
    optional: d.optional ?? false,
    defaultFeatures: d.default_features ?? true,
    features: d.features ?? []
  }));
  return {
    id: { name: e.name, version: e.vers, source },
    dependencies,
    features: { ...e.features ?? {}, ...e.features2 ?? {} }
  };
}

// src/cargo/ops/freshness/summaries.ts
var SummaryStore = class {
  constructor(layout) {
    this.layout = layout;
  }
  layout;
  find(p) {
    try {
      return this.findUnchecked(p);
    } catch {
      return void 0;
    }
  }
  findUnchecked(p) {
    const l = this.layout.of(p.id, p.sourceId);
    if (!l || l.kind === "vendored") return void 0;
    if (l.kind === "git") {
      const dir = this.layout.abs(l.checkout);
      const file = findPackageManifest(dir, p.id.name, 3);
      return file ? fromManifest(parseManifest(file), p, file) : void 0;
    }
    const line = this.indexLine(this.layout.abs(l.index), p.id.version);
    if (line !== void 0) {
      const where = this.layout.abs(l.index);
      const e = parseIndexEntry(line, where);
      return { summary: summaryFromIndexEntry(e, p.id.source), checksum: e.cksum, from: where };
    }
    const toml = path9.join(this.layout.abs(l.src), "Cargo.toml");
    return fs5.existsSync(toml) ? fromManifest(parseManifest(toml), p, toml) : void 0;
  }
  indexLine(file, version) {
    const buf = readIfExists(file);
    return buf && findIndexCacheLine(buf, version, file);
  }
};
var scratch = Buffer.allocUnsafe(64 * 1024);
function readIfExists(file) {
  let fd;
  try {
    fd = fs5.openSync(file, "r");
  } catch (e) {
    if (e.code === "ENOENT") return void 0;
    throw e;
  }
  try {
    let len = 0;
    for (; ; ) {
      if (len === scratch.length) scratch = Buffer.concat([scratch, Buffer.allocUnsafe(scratch.length)]);
      const n = fs5.readSync(fd, scratch, len, scratch.length - len, null);
      if (n === 0) return scratch.subarray(0, len);
      len += n;
    }
  } finally {
    fs5.closeSync(fd);
  }
}
function fromManifest(m, p, file) {
  if (!m.package || m.package.name !== p.id.name || m.package.version !== p.id.version) return void 0;
  return { summary: { id: p.id, dependencies: m.dependencies, features: m.features }, from: file };
}
function findPackageManifest(root, name, depth) {
  const queue = [[root, 0]];
  while (queue.length) {
    const [dir, d] = queue.shift();
    const file = path9.join(dir, "Cargo.toml");
    if (fs5.existsSync(file)) {
      const text = fs5.readFileSync(file, "utf8");
      if (new RegExp(`^\\s*name\\s*=\\s*["']${name.replace(/[-]/g, "\\-")}["']`, "m").test(text)) return file;
    }
    if (d >= depth || !fs5.existsSync(dir)) continue;
    for (const e of fs5.readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory() && !e.name.startsWith(".") && e.name !== "target") queue.push([path9.join(dir, e.name), d + 1]);
    }
  }
  return void 0;
}

// src/cargo/ops/layout_plan.ts
import * as fs6 from "node:fs";

// src/cargo/core/resolver/encodable_package_id.ts
var import_semver = __toESM(require_semver2(), 1);

// src/cargo/core/resolver/encodable_source_id.ts
function parseEncodableSourceId(raw, loc) {
  try {
    return { raw, id: SourceId.parseLockfileSource(raw, loc) };
  } catch (e) {
    if (e instanceof CargoError) throw new CargoError("lockfile", e.message, loc);
    throw e;
  }
}
function sameSource2(a, b, lockfileVersion) {
  return sourceKey(a, lockfileVersion) === sourceKey(b, lockfileVersion);
}
function sourceKey(id, lockfileVersion) {
  const ref = id.gitReference;
  if (lockfileVersion <= 2 && ref?.kind === "branch" && ref.name === "master") {
    return SourceId.forGit(id.url).key();
  }
  return id.key();
}

// src/cargo/core/resolver/encodable_package_id.ts
function parseEncodablePackageId(s, loc) {
  const first = s.indexOf(" ");
  const name = first < 0 ? s : s.slice(0, first);
  if (name === "") throw new CargoError("lockfile", `invalid serialized PackageId \`${s}\``, loc);
  if (first < 0) return { name };
  const rest = s.slice(first + 1);
  const second = rest.indexOf(" ");
  const version = second < 0 ? rest : rest.slice(0, second);
  if (second < 0) return { name, version };
  const src = rest.slice(second + 1);
  if (!src.startsWith("(") || !src.endsWith(")") || src.length < 2) {
    throw new CargoError("lockfile", `invalid serialized PackageId \`${s}\``, loc);
  }
  return { name, version, source: parseEncodableSourceId(src.slice(1, -1), loc) };
}
function parseDependency(raw, loc) {
  const id = parseEncodablePackageId(raw, loc);
  return { name: id.name, version: id.version, source: id.source?.raw, raw, line: loc.line };
}
var SEMVER2 = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
function isSemverVersion(v) {
  return SEMVER2.test(v);
}

// src/cargo/core/resolver/resolve_lookup.ts
var ResolveLookup = class {
  constructor(resolve7) {
    this.resolve = resolve7;
    for (const p of resolve7.packages) {
      const list = this.byName.get(p.name);
      if (list) list.push(p);
      else this.byName.set(p.name, [p]);
    }
  }
  resolve;
  byName = /* @__PURE__ */ new Map();
  sources = /* @__PURE__ */ new Map();
  /** Parsed source of a package (or dependency); cached since lockfiles repeat them a lot. */
  source(raw, line) {
    let s = this.sources.get(raw);
    if (!s) {
      s = parseEncodableSourceId(raw, { file: this.resolve.file, line });
      this.sources.set(raw, s);
    }
    return s;
  }
  /** Like `find`, but undefined where cargo would skip the edge. */
  tryFind(dep) {
    try {
      return this.find(dep);
    } catch (e) {
      if (e instanceof CargoError) return void 0;
      throw e;
    }
  }
  /** The package `dep` names, or a CargoError saying why there is none. */
  find(dep) {
    const only = this.byName.get(dep.name);
    if (only?.length === 1 && dep.source === void 0 && (dep.version === void 0 || dep.version === only[0].version)) {
      return only[0];
    }
    const loc = { file: this.resolve.file, line: dep.line };
    const fail = (why) => {
      throw new CargoError("lockfile", `dependency \`${dep.raw}\` ${why}`, loc);
    };
    const named = this.byName.get(dep.name);
    if (!named) {
      throw new CargoError(
        "lockfile",
        `package \`${dep.name}\` is specified as a dependency, but is missing from the package list`,
        loc
      );
    }
    let byVersion = named;
    if (dep.version !== void 0) {
      byVersion = named.filter((p) => p.version === dep.version);
      if (byVersion.length === 0) fail(`names version ${dep.version}, which is missing from the package list`);
    } else if (new Set(named.map((p) => p.version)).size > 1) {
      fail(`is ambiguous: the lockfile has several versions of \`${dep.name}\``);
    }
    if (dep.source !== void 0) {
      const want = this.source(dep.source, dep.line).id;
      const hit = byVersion.filter((p) => p.source !== void 0 && sameSource2(this.source(p.source, p.line).id, want, this.resolve.version));
      if (hit.length === 0) fail(`names source ${dep.source}, which is missing from the package list`);
      return hit[0];
    }
    const paths = byVersion.filter((p) => p.source === void 0);
    if (paths.length === 1) return paths[0];
    if (paths.length === 0 && byVersion.length === 1) return byVersion[0];
    return fail(`is ambiguous: several \`${dep.name}\` packages match`);
  }
};

// src/cargo/core/resolver/lockfile_lines.ts
var LockfileLines = class {
  lines;
  packageHeaders = [];
  patchUnusedHeaders = [];
  rootHeader;
  versionKey;
  metadataHeader;
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
  /** First line in [from, to) holding `needle` (e.g. a quoted dependency string), else `from`. */
  find(needle, from, to = this.lines.length + 1) {
    for (let line = from; line < to && line <= this.lines.length; line++) {
      if (this.lines[line - 1].includes(needle)) return line;
    }
    return from;
  }
  /** Where the table that starts at `header` ends (the next header, or EOF). */
  tableEnd(header) {
    for (let line = header + 1; line <= this.lines.length; line++) {
      if (/^\s*\[/.test(this.lines[line - 1])) return line;
    }
    return this.lines.length + 1;
  }
};

// src/cargo/core/resolver/into_resolve.ts
var MARKER_LINE = "# This file is automatically @generated by Cargo.";
var EXTRA_LINE = "# It is not intended for manual editing.";
function decodeLockfile(text, file) {
  let doc;
  try {
    doc = parse(text);
  } catch (e) {
    if (e instanceof TomlError) {
      throw new CargoError("lockfile", `invalid TOML: ${e.message.split("\n")[0]}`, { file, line: e.line, col: e.column });
    }
    throw e;
  }
  const lines = new LockfileLines(text);
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
    if (!isTable2(doc.root)) err("`root` must be a table", lines.rootHeader);
    tables.unshift({ table: doc.root, line: lines.rootHeader ?? 1 });
  }
  const packages = tables.map(({ table, line }) => decodePackage(table, line, file, lines, err));
  const resolve7 = { version, packages, metadata: {}, patchUnused: [], file };
  const lookup = new ResolveLookup(resolve7);
  const seen = /* @__PURE__ */ new Map();
  for (const p of packages) {
    const key = `${p.name} ${p.version}`;
    const same = seen.get(key) ?? [];
    const dup = same.find(
      (q) => q.source === void 0 || p.source === void 0 ? q.source === p.source : sameSource2(lookup.source(q.source, q.line).id, lookup.source(p.source, p.line).id, 4)
    );
    if (dup) err(`package \`${p.name}\` is specified twice in the lockfile (also at line ${dup.line})`, p.line);
    seen.set(key, [...same, p]);
    if (p.checksum !== void 0 && version < 2) version = 2;
  }
  resolve7.version = version;
  const place = (d) => {
    const target = lookup.tryFind(d);
    if (!target) return;
    if (d.version === void 0 || d.source === void 0 && target.source !== void 0) {
      if (version < 2) version = 2;
    }
  };
  for (const p of packages) {
    p.dependencies.forEach(place);
    if (p.replace !== void 0) place(parseDependency(p.replace, { file, line: p.line }));
  }
  resolve7.metadata = decodeMetadata(doc.metadata, lines.metadataHeader, err);
  applyMetadataChecksums(resolve7, lookup, version, lines.metadataHeader ?? 1);
  if (doc.patch !== void 0) {
    if (!isTable2(doc.patch)) err("`patch` must be a table");
    const unused = arrayOfTables(doc.patch.unused, "patch.unused", lines.patchUnusedHeaders, err);
    resolve7.patchUnused = unused.map(({ table, line }) => decodePackage(table, line, file, lines, err));
  }
  if (text.endsWith("\n") && !text.endsWith("\n\n") && version === 1 && packages.length === 1) version = 2;
  resolve7.version = version;
  resolve7.headerComments = extraHeaderComments(text);
  return resolve7;
}
function decodePackage(t, line, file, lines, err) {
  const str = (key, required) => {
    const v = t[key];
    if (v === void 0) return required ? err(`missing field \`${key}\` in package entry`, line) : void 0;
    if (typeof v !== "string") return err(`invalid type for \`${key}\`: expected a string`, line);
    return v;
  };
  const name = str("name", true);
  const version = str("version", true);
  if (!isSemverVersion(version)) err(`invalid version \`${version}\` for package \`${name}\`: not a semver version`, line);
  const source = str("source", false);
  const checksum = str("checksum", false);
  const replace = str("replace", false);
  const end = lines.tableEnd(line);
  const deps = t.dependencies ?? [];
  if (!Array.isArray(deps)) err(`invalid type for \`dependencies\` of \`${name}\`: expected an array`, line);
  const dependencies = deps.map((d) => {
    if (typeof d !== "string") return err(`invalid dependency of \`${name}\`: expected a string`, line);
    return parseDependency(d, { file, line: lines.find(JSON.stringify(d), line, end) });
  });
  if (replace !== void 0) parseEncodablePackageId(replace, { file, line: lines.find("replace", line, end) });
  return { name, version, source, checksum, dependencies, replace, line };
}
function arrayOfTables(v, what, headers, err) {
  if (v === void 0) return [];
  if (!Array.isArray(v)) return err(`\`${what}\` must be an array of tables`);
  return v.map((t, i) => {
    if (!isTable2(t)) err(`\`${what}\` entry ${i + 1} must be a table`, headers[i]);
    return { table: t, line: headers[i] ?? 1 };
  });
}
function decodeMetadata(v, line, err) {
  if (v === void 0) return {};
  if (!isTable2(v)) return err("`metadata` must be a table", line);
  const out = {};
  for (const [k, val] of Object.entries(v)) {
    if (typeof val !== "string") err(`invalid type for metadata key \`${k}\`: expected a string`, line);
    out[k] = val;
  }
  return out;
}
function applyMetadataChecksums(resolve7, lookup, version, line) {
  const found = /* @__PURE__ */ new Map();
  for (const [k, v] of Object.entries(resolve7.metadata)) {
    if (!k.startsWith("checksum ")) continue;
    const raw = k.slice("checksum ".length);
    const id = parseEncodablePackageId(raw, { file: resolve7.file, line });
    let pkg;
    try {
      pkg = lookup.find({ name: id.name, version: id.version, source: id.source?.raw, raw, line });
    } catch (e) {
      if (e instanceof CargoError) continue;
      throw e;
    }
    found.set(pkg, v === "<none>" ? void 0 : v);
  }
  if (found.size === 0 && !Object.keys(resolve7.metadata).some((k) => k.startsWith("checksum "))) return;
  if (version >= 2) {
    for (const p of resolve7.packages) p.checksum = void 0;
    return;
  }
  for (const [p, sum] of found) p.checksum = sum;
}
function extraHeaderComments(text) {
  const comments = [];
  for (const l of text.split("\n")) {
    const line = l.endsWith("\r") ? l.slice(0, -1) : l;
    if (!line.startsWith("#")) break;
    comments.push(line);
  }
  const out = [];
  if (comments.length > 0 && comments[0] !== MARKER_LINE) out.push(comments[0]);
  if (comments.length > 1) {
    if (comments[1] !== EXTRA_LINE) out.push(comments[1]);
    out.push(...comments.slice(2));
  }
  return out;
}
function isTable2(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);
}

// src/cargo/core/package_id.ts
function packageIdKey(id) {
  return `${id.name} ${id.version}${id.source ? ` (${id.source})` : ""}`;
}

// src/cargo/core/resolver/resolve.ts
var Resolve = class _Resolve {
  constructor(encodable) {
    this.encodable = encodable;
  }
  encodable;
  packages = /* @__PURE__ */ new Map();
  named = /* @__PURE__ */ new Map();
  /**
   * As cargo's `into_resolve`: a source-less package that is not one of the
   * workspace's path packages is dropped ("path dependency now missing"),
   * and edges that name no package are skipped.
   */
  static fromEncodable(all, pathPackageNames) {
    const enc = pathPackageNames ? { ...all, packages: all.packages.filter((p) => p.source !== void 0 || pathPackageNames.has(p.name)) } : all;
    const r = new _Resolve(enc);
    const lookup = new ResolveLookup(enc);
    const byEnc = /* @__PURE__ */ new Map();
    for (const p of enc.packages) {
      const id = { name: p.name, version: p.version, source: p.source };
      const node = {
        id,
        key: packageIdKey(id),
        sourceId: p.source ? lookup.source(p.source, p.line).id : void 0,
        checksum: p.checksum,
        deps: [],
        edges: [],
        line: p.line,
        encodable: p
      };
      byEnc.set(p, node);
      r.packages.set(node.key, node);
      const list = r.named.get(p.name);
      if (list) list.push(node);
      else r.named.set(p.name, [node]);
    }
    for (const p of enc.packages) {
      const node = byEnc.get(p);
      for (const d of p.dependencies) {
        const target = lookup.tryFind(d);
        if (target) node.deps.push(byEnc.get(target));
        node.edges.push(target ? byEnc.get(target) : void 0);
      }
    }
    return r;
  }
  get file() {
    return this.encodable.file;
  }
  byName(name) {
    return this.named.get(name) ?? [];
  }
  /** The path package (no source) of this name and version. */
  local(name, version) {
    return this.byName(name).find((p) => !p.id.source && (version === void 0 || p.id.version === version));
  }
};

// src/cargo/ops/layout_plan.ts
function readResolve(ws) {
  const file = ws.lockfilePath;
  if (!fs6.existsSync(file)) {
    throw new CargoError("lockfile", "Cargo.lock does not exist; run `cargo generate-lockfile` first", { file });
  }
  return Resolve.fromEncodable(decodeLockfile(fs6.readFileSync(file, "utf8"), file), new Set(ws.pathPackages.map((p) => p.name)));
}
function planLayout(ws, layout, resolve7 = readResolve(ws)) {
  const registries = /* @__PURE__ */ new Map();
  const packages = [];
  const vendored = [];
  for (const p of sorted(resolve7.packages.values())) {
    const l = layout.of(p.id, p.sourceId);
    if (!l) continue;
    if (l.kind === "vendored") {
      vendored.push(`${p.id.name} ${p.id.version}`);
      continue;
    }
    packages.push({ name: p.id.name, version: p.id.version, source: p.id.source, checksum: p.checksum, layout: l });
    if (l.kind === "registry") {
      const r = registries.get(l.dir) ?? { lockedSource: p.id.source, source: l.source.toLockfileString(), dir: l.dir, packages: 0 };
      r.packages++;
      registries.set(l.dir, r);
    }
  }
  const v = layout.cargoVersion;
  return {
    cargoHome: layout.cargoHome,
    cargoVersion: `${v.major}.${v.minor}`,
    lockfile: ws.lockfilePath,
    registries: [...registries.values()],
    packages,
    vendored
  };
}
function planEntries(plan) {
  const out = /* @__PURE__ */ new Set();
  for (const p of plan.packages) {
    const l = p.layout;
    if (l.kind === "registry") [l.index, l.crate, `${l.src}/`].forEach((e) => out.add(e));
    else [`${l.db}/`, `${l.checkout}/`].forEach((e) => out.add(e));
  }
  return [...out].sort();
}
function sorted(ps) {
  return [...ps].sort((a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

// src/cargo/ops/freshness/patch_check.ts
var PatchCheck = class {
  constructor(ws, resolve7, matcher, reached) {
    this.ws = ws;
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
      const used = [...this.resolve.packages.values()].some((p) => this.reached.has(p.key) && t.accepts(p));
      const listed = unused.findIndex((u) => {
        const p = { id: { name: u.name, version: u.version, source: u.source }, sourceId: u.source ? SourceId.parseLockfileSource(u.source) : void 0 };
        return t.accepts(p);
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
    unused.forEach((u, i) => {
      if (claimed.has(i)) return;
      out.push({
        verdict: "stale",
        code: "patch-removed",
        location: { file: this.resolve.file, line: u.line, col: 1 },
        message: `[[patch.unused]] lists \`${u.name} v${u.version}\`, which is no longer a [patch] entry in ${this.ws.rootManifest.file}`
      });
    });
    return out;
  }
};

// src/cargo/ops/check_lockfile.ts
function checkLockfile({ ws, layout, registries, resolve: given }) {
  const file = ws.lockfilePath;
  const reasons = [];
  const stale = (code, location, message) => reasons.push({ verdict: "stale", code, location, message });
  if (!fs7.existsSync(file)) {
    stale("lockfile-missing", { file: ws.rootManifest.file, line: 1, col: 1 }, "Cargo.lock does not exist; cargo would generate it");
    return { verdict: "stale", lockfile: file, reasons };
  }
  const resolve7 = given ?? readResolve(ws);
  const lockLoc = (line) => ({ file, line, col: 1 });
  const locals = new Map(ws.pathPackages.map((p) => [p.dir, p]));
  const matcher = new SourceMatcher(locals, registries, ws.patch);
  const memberDirs = new Set(ws.members.map((m) => m.dir));
  const nodes = /* @__PURE__ */ new Map();
  for (const pkg of ws.pathPackages) {
    const locked = resolve7.local(pkg.name, pkg.version);
    const loc = { file: pkg.manifest.file, ...pkg.manifest.locator.locate(["package", "version"]) };
    if (!locked) {
      const other = resolve7.byName(pkg.name).find((p) => !p.id.source);
      if (memberDirs.has(pkg.dir) || other) {
        stale("package-unlocked", loc, other ? `\`${pkg.name}\` is version ${pkg.version} here but ${other.id.version} in Cargo.lock` : `workspace member \`${pkg.name} v${pkg.version}\` is not in Cargo.lock`);
      }
      continue;
    }
    const summary = { id: locked.id, dependencies: pkg.manifest.dependencies, features: pkg.manifest.features };
    nodes.set(locked.key, { key: locked.key, summary, member: memberDirs.has(pkg.dir), pkg, locked });
  }
  const store = new SummaryStore(layout);
  const known = /* @__PURE__ */ new Map();
  const summaryOf = (p) => {
    if (!known.has(p.key)) known.set(p.key, store.find(p));
    return known.get(p.key);
  };
  const nodeOf = (key) => {
    const n = nodes.get(key);
    if (n) return n;
    const locked = resolve7.packages.get(key);
    const s = locked && summaryOf(locked);
    if (!locked || !s) return void 0;
    const node = { key, summary: s.summary, member: false, locked };
    nodes.set(key, node);
    return node;
  };
  const target = (from, dep) => {
    const parent = resolve7.packages.get(from.key);
    return parent.deps.find((c) => matcher.accepts(dep, parent, c))?.key;
  };
  const roots = [...nodes.values()].filter((n) => n.member);
  const res = resolveFeatures(roots, nodeOf, target);
  const reached = /* @__PURE__ */ new Set();
  const unknown = [];
  const walk = [...roots.map((r) => r.locked)];
  for (const p of ws.replace.length ? resolve7.packages.values() : []) if (p.encodable.replace) walk.push(p);
  while (walk.length) {
    const p = walk.pop();
    if (reached.has(p.key)) continue;
    reached.add(p.key);
    const active = res.activated.get(p.key);
    if (!active) {
      if (p.id.source) unknown.push(p);
      walk.push(...p.deps);
    } else {
      for (const a of active) if (a.target) walk.push(resolve7.packages.get(a.target));
    }
  }
  const certain = unknown.length === 0;
  for (const [key, active] of res.activated) {
    const n = nodes.get(key);
    const local = n.pkg !== void 0;
    if (!local && !certain) continue;
    const name = `${n.locked.id.name} v${n.locked.id.version}`;
    const origin = res.origin.get(key) ?? lockLoc(n.locked.line);
    for (const a of active) {
      if (a.target) continue;
      const d = a.dep;
      if (local) stale(...unlockedDependency(d, n.locked, resolve7, matcher));
      else stale(
        "feature-activates",
        origin,
        `\`${name}\` would now also depend on \`${d.packageName}\` (enabled through the features requested here), which Cargo.lock does not record`
      );
    }
    const used = new Set(active.map((a) => a.target));
    const unmatched = new Set(active.filter((a) => !a.target).map((a) => a.dep.packageName));
    n.locked.encodable.dependencies.forEach((e, i) => {
      const dep = n.locked.edges[i];
      if (!dep || used.has(dep.key) || unmatched.has(dep.id.name)) return;
      if (local) stale(
        "dependency-removed",
        lockLoc(e.line),
        `Cargo.lock lists \`${dep.id.name} v${dep.id.version}\` as a dependency of \`${name}\`, which ${n.pkg.manifest.file} no longer declares`
      );
      else stale(
        "feature-deactivated",
        origin,
        `Cargo.lock lists \`${dep.id.name}\` as a dependency of \`${name}\`, but no enabled feature activates it any more`
      );
    });
  }
  for (const p of resolve7.packages.values()) {
    if (reached.has(p.key)) continue;
    stale("package-unused", lockLoc(p.line), `locked package \`${p.id.name} v${p.id.version}\` is no longer used by the workspace`);
  }
  for (const p of resolve7.packages.values()) {
    if (!p.sourceId?.isRegistry() || !reached.has(p.key)) continue;
    if (!p.checksum) {
      stale("checksum-missing", lockLoc(p.line), `\`${p.id.name} v${p.id.version}\` has no checksum in Cargo.lock; cargo would add it`);
      continue;
    }
    const s = summaryOf(p);
    if (s?.checksum && s.checksum !== p.checksum) {
      stale(
        "checksum-changed",
        lockLoc(p.line),
        `checksum of \`${p.id.name} v${p.id.version}\` is ${p.checksum} in Cargo.lock but ${s.checksum} in the registry index`
      );
    }
  }
  for (const r of new PatchCheck(ws, resolve7, matcher, reached).reasons()) reasons.push(r);
  if (!certain) {
    const names = unknown.slice(0, 3).map((p) => `${p.id.name} v${p.id.version}`).join(", ");
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
function dirnameCommand(url, git, cargoVersion) {
  const name = git ? gitIdent(SourceId.forGit(url), cargoVersion) : registryDirName(SourceId.forRegistryIndex(url), cargoVersion);
  return { stdout: name + "\n", code: 0 };
}
function cargoVersionOption(v) {
  return parseCargoVersion(`cargo ${v.split(".").length === 2 ? `${v}.0` : v}`);
}

// src/cargo/ops/cache_key.ts
import { createHash } from "node:crypto";
var DEFAULT_KEY_PREFIX = "v1-crate-cache";
function cacheKey(plans, os3, prefix = DEFAULT_KEY_PREFIX) {
  const parts = /* @__PURE__ */ new Set();
  for (const plan of plans) {
    for (const r of plan.registries) parts.add(`index ${r.dir}`);
    for (const p of plan.packages) parts.add(`package ${p.name} ${p.version} ${p.source} ${p.checksum ?? "-"}`);
  }
  const sorted2 = [...parts].sort();
  const hash = createHash("sha256").update(sorted2.join("\n")).digest("hex").slice(0, 32);
  const base = `${prefix}-${os3}-`;
  return { key: `${base}${hash}`, restoreKeys: [base], hash, parts: sorted2 };
}
function runnerOs(platform = process.platform) {
  return platform === "win32" ? "Windows" : platform === "darwin" ? "macOS" : "Linux";
}

// src/cli/key.ts
function keyCommand(project, asJson, prefix = DEFAULT_KEY_PREFIX, os3 = runnerOs()) {
  const k = cacheKey([planLayout(project.ws, project.layout)], os3, prefix);
  if (asJson) return { stdout: json(k), code: 0 };
  return { stdout: [k.key, `restore-keys: ${k.restoreKeys.join(", ")}`, ...k.parts.map((p) => `  ${p}`)].join("\n") + "\n", code: 0 };
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

options:
  --cargo-version X.Y   assume this cargo instead of running \`cargo -V\`
`;
function run(argv, env = process.env) {
  const { values, positionals } = parseArgs({
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
function main() {
  let result;
  try {
    result = run(process.argv.slice(2));
  } catch (e) {
    const msg = isCargoError(e) ? e.oneLine() : e instanceof UsageError || e.code?.startsWith("ERR_PARSE_ARGS") ? `${e.message}
${USAGE}` : `internal error: ${e.message?.split("\n")[0] ?? String(e)}`;
    process.stderr.write(`crate-cache: error: ${msg}
`);
    process.exitCode = 2;
    return;
  }
  process.stdout.write(result.stdout);
  process.exitCode = result.code;
}
main();
