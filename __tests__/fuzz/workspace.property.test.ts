// The planner end to end on a mutated copy of examples/: Workspace.load,
// the freshness check and the layout plan, one mutated file per input.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { checkLockfile } from '../../src/cargo/ops/check_lockfile.js';
import { cacheContents } from '../../src/cargo/ops/cache_contents.js';
import { planLayout } from '../../src/cargo/ops/layout_plan.js';
import { loadProject } from '../../src/cargo/ops/project.js';
import { DEFAULT_CARGO_VERSION } from '../../src/cargo/util/cargo_version.js';
import type { FreshnessReport } from '../../src/cargo/ops/freshness/report.js';
import { decodeIndexCache, encodeIndexCache } from '../../src/cargo/sources/registry/index_cache.js';
import { CargoError } from '../../src/cargo/util/errors.js';
import { fuzzParams, fuzzTimeout, holds, reportInputs } from './contract.js';
import { WORKSPACE_FILES, workspaceFixture } from './corpus.js';
import { editsArb, mutate } from './mutators.js';
import { anyValue, configDocArb, lockfileDocArb, manifestDocArb, toToml } from './toml_arbitraries.js';

// Planning costs a few ms per input; it gets a smaller share of the runs.
const WEIGHT = 0.4;
let fx: Awaited<ReturnType<typeof workspaceFixture>>;

beforeAll(async () => {
  fx = await workspaceFixture();
}, 120_000);

afterAll(() => {
  reportInputs('workspace');
  if (fx) fs.rmSync(path.dirname(fx.dir), { recursive: true, force: true });
});

function plan(): FreshnessReport | CargoError {
  return holds(
    'loadProject + checkLockfile + planLayout',
    () => {
      const p = loadProject(fx.dir, { env: { CARGO_HOME: fx.home }, cargoVersion: DEFAULT_CARGO_VERSION });
      const report = checkLockfile({ ws: p.ws, layout: p.layout, registries: p.config });
      cacheContents([planLayout(p.ws, p.layout)]);
      for (const r of report.reasons) {
        if (/[\r\n]/.test(r.message)) throw new Error(`freshness reason is not one line: ${JSON.stringify(r.message)}`);
      }
      return report;
    },
    { file: true, toml: true },
  );
}

/** Writes `bytes` over one file (of the workspace or its CARGO_HOME), plans, and puts the file back. */
function withFile(file: string, bytes: Buffer | string): FreshnessReport | CargoError {
  fs.writeFileSync(file, bytes);
  try {
    return plan();
  } finally {
    fs.writeFileSync(file, fx.originals.get(file)!);
  }
}

test('the unmutated workspace is fresh', () => {
  const r = plan();
  expect(r).not.toBeInstanceOf(CargoError);
  expect((r as FreshnessReport).verdict).toBe('fresh');
});

test('one mutated workspace or index cache file', () => {
  const verdicts = new Map<string, number>();
  fc.assert(
    fc.property(fc.nat(), editsArb, (i, edits) => {
      const file = fx.targets[i % fx.targets.length];
      const r = withFile(file, mutate(fx.originals.get(file)!, edits));
      const k = r instanceof CargoError ? `error:${r.kind}` : r.verdict;
      verdicts.set(k, (verdicts.get(k) ?? 0) + 1);
    }),
    fuzzParams(WEIGHT),
  );
  // Mutations must reach the check's verdicts, not only load errors.
  expect(verdicts.get('stale') ?? 0).toBeGreaterThan(0);
  expect([...verdicts.keys()].some((k) => k.startsWith('error:'))).toBe(true);
}, fuzzTimeout(WEIGHT));

test('one workspace file replaced by a random document of its kind', () => {
  const doc = fc.oneof(
    fc.tuple(fc.constantFrom(...WORKSPACE_FILES.filter((f) => f.endsWith('Cargo.toml'))), manifestDocArb),
    fc.tuple(fc.constant('Cargo.lock'), lockfileDocArb),
    fc.tuple(fc.constant('.cargo/config.toml'), configDocArb),
  );
  fc.assert(fc.property(doc, ([rel, d]) => void withFile(path.join(fx.dir, rel), toToml(d))), fuzzParams(WEIGHT));
}, fuzzTimeout(WEIGHT));

// Valid cache files whose index lines have a field of the wrong shape.
const ENTRY_FIELDS = ['name', 'vers', 'deps', 'cksum', 'features', 'features2', 'yanked', 'links', 'v'];
const DEP_FIELDS = ['name', 'req', 'features', 'optional', 'default_features', 'target', 'kind', 'package', 'registry'];
const reshape = fc.record({
  target: fc.nat(),
  inDep: fc.boolean(),
  dep: fc.nat(),
  field: fc.nat(),
  value: fc.oneof(anyValue(2), fc.dictionary(fc.constantFrom('default', 'std', 'serde'), anyValue(1), { maxKeys: 2 })),
});

test('one index cache entry of the wrong shape', () => {
  const cached = fx.targets.filter((f) => f.startsWith(fx.home));
  expect(cached.length).toBeGreaterThan(0);
  fc.assert(
    fc.property(reshape, ({ target, inDep, dep, field, value }) => {
      const file = cached[target % cached.length];
      const c = decodeIndexCache(fx.originals.get(file)!, file);
      const entries = c.entries.map((e) => {
        const o = JSON.parse(e.line) as Record<string, unknown> & { deps: Record<string, unknown>[] };
        if (inDep && o.deps.length) o.deps[dep % o.deps.length][DEP_FIELDS[field % DEP_FIELDS.length]] = value;
        else o[ENTRY_FIELDS[field % ENTRY_FIELDS.length]] = value;
        return { version: e.version, line: JSON.stringify(o) };
      });
      withFile(file, encodeIndexCache({ indexVersion: c.indexVersion, entries }));
    }),
    fuzzParams(WEIGHT),
  );
}, fuzzTimeout(WEIGHT));
