// Does a `[target.'…'.dependencies]` key apply to the host the fixture is
// built for (x86_64 Linux, glibc)? Only used to decide whether a missing
// target-specific dependency can be dropped from the index.

const HOST_TRIPLE = 'x86_64-unknown-linux-gnu';
const HOST_CFG: Record<string, string[]> = {
  target_os: ['linux'],
  target_family: ['unix'],
  target_arch: ['x86_64'],
  target_env: ['gnu'],
  target_vendor: ['unknown'],
  target_pointer_width: ['64'],
  target_endian: ['little'],
  target_has_atomic: ['8', '16', '32', '64', 'ptr'],
  panic: ['unwind'],
};
const HOST_FLAGS = new Set(['unix', 'debug_assertions']);

type Token = string;

function tokenize(s: string): Token[] {
  return s.match(/"[^"]*"|[A-Za-z_][A-Za-z0-9_]*|[(),=]/g) ?? [];
}

function parseExpr(toks: Token[], pos: { i: number }): boolean {
  const id = toks[pos.i++];
  if (id === 'all' || id === 'any' || id === 'not') {
    if (toks[pos.i++] !== '(') throw new Error(`bad cfg near ${id}`);
    const vals: boolean[] = [];
    while (toks[pos.i] !== ')') {
      vals.push(parseExpr(toks, pos));
      if (toks[pos.i] === ',') pos.i++;
      if (pos.i >= toks.length) throw new Error('unterminated cfg');
    }
    pos.i++;
    if (id === 'all') return vals.every(Boolean);
    if (id === 'any') return vals.some(Boolean);
    return !vals[0];
  }
  if (toks[pos.i] === '=') {
    pos.i++;
    const value = (toks[pos.i++] ?? '').replace(/^"|"$/g, '');
    return (HOST_CFG[id] ?? []).includes(value);
  }
  return HOST_FLAGS.has(id);
}

/** True when `target` (a `cfg(…)` expression or a target triple) holds on the host. */
export function appliesToHost(target: string | null): boolean {
  if (target === null) return true;
  const m = /^cfg\((.*)\)$/s.exec(target.trim());
  if (!m) return target.trim() === HOST_TRIPLE;
  try {
    return parseExpr(tokenize(m[1]), { i: 0 });
  } catch {
    // Unparseable: assume it applies, which is the conservative answer here.
    return true;
  }
}
