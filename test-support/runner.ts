// Runs the bundled action entry points the way the GitHub runner does: a
// separate `node` process with INPUT_* variables and file commands
// (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV, GITHUB_PATH, GITHUB_STEP_SUMMARY),
// workflow commands parsed from stdout, and the post step fed the main
// step's saved state.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';

import { REPO_ROOT } from './repo_root.js';
export { REPO_ROOT };

export type Entry = 'dist/main.js' | 'dist/post.js' | (string & {});

export interface StepOptions {
  cwd: string;
  inputs?: Record<string, string>;
  /** Extra environment, applied last; `undefined` removes a variable. */
  env?: Record<string, string | undefined>;
  /** Saved state handed in as STATE_<name>. */
  state?: Record<string, string>;
  /** GITHUB_EVENT_NAME; default `push`. */
  event?: string;
  /** Shared by the steps of one job; default a fresh temp dir, removed afterwards. */
  runnerTemp?: string;
  /** Fill inputs not given from action.yml `default:`s, as the runner does. Default true. */
  actionDefaults?: boolean;
  /** Kill the step after this long; default 120 s. */
  timeoutMs?: number;
  /** The node binary; default the one running the tests. */
  node?: string;
  /** Each line the step prints, as it prints it (the result still holds all of it). */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
  title?: string;
  message: string;
}

export interface StepResult {
  /** Exit code, or null when killed by a signal. */
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  /** Wall time from spawn to exit. */
  ms: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  env: Record<string, string>;
  path: string[];
  summary: string;
  annotations: Annotation[];
  /** Values registered with `::add-mask::`. */
  masks: string[];
}

/** The INPUT_* variable @actions/core's getInput reads for `name`. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

// Variables a surrounding CI run would leak into the step.
const HOST_PREFIXES = ['GITHUB_', 'RUNNER_', 'ACTIONS_', 'INPUT_', 'STATE_'];

/** `inputs:` defaults from action.yml (plain scalars only; `${{ }}` ones are skipped). */
export function actionInputDefaults(actionYml = path.join(REPO_ROOT, 'action.yml')): Record<string, string> {
  const out: Record<string, string> = {};
  let inInputs = false;
  let current: string | undefined;
  for (const line of fs.readFileSync(actionYml, 'utf8').split(/\r?\n/)) {
    if (/^\S/.test(line)) {
      inInputs = /^inputs:\s*$/.test(line);
      current = undefined;
      continue;
    }
    if (!inInputs) continue;
    const name = /^ {2}([A-Za-z0-9_-]+):\s*$/.exec(line);
    if (name) {
      current = name[1];
      continue;
    }
    const def = /^ {4}default:\s*(.*?)\s*$/.exec(line);
    if (current && def) {
      let v = def[1];
      if (/^'.*'$/.test(v)) v = v.slice(1, -1).replace(/''/g, "'");
      else if (/^".*"$/.test(v)) v = JSON.parse(v) as string;
      if (!v.includes('${{')) out[current] = v;
    }
  }
  return out;
}

/** A file-command file: `name<<delimiter` blocks and legacy `name=value` lines. */
export function parseFileCommands(text: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line);
    const eq = line.indexOf('=');
    if (heredoc && (eq < 0 || eq > line.indexOf('<<'))) {
      const [, name, delim] = heredoc;
      const value: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== delim) value.push(lines[i++]);
      if (i >= lines.length) throw new Error(`file command ${name}: delimiter ${delim} not found`);
      out.push([name, value.join('\n')]);
    } else if (eq > 0) {
      out.push([line.slice(0, eq), line.slice(eq + 1)]);
    } else {
      throw new Error(`malformed file command line: ${line}`);
    }
  }
  return out;
}

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProperty = (s: string) => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');

/** `::error file=..,line=..::message` and friends, plus `::add-mask::`. */
export function parseWorkflowCommands(stdout: string): { annotations: Annotation[]; masks: string[] } {
  const annotations: Annotation[] = [];
  const masks: string[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line.trimStart());
    if (!m) continue;
    const [, command, props = '', data] = m;
    if (command === 'add-mask') {
      masks.push(unescapeData(data));
      continue;
    }
    if (command !== 'error' && command !== 'warning' && command !== 'notice') continue;
    const a: Annotation = { level: command, message: unescapeData(data) };
    for (const kv of props.split(',')) {
      const eq = kv.indexOf('=');
      if (eq < 0) continue;
      const k = kv.slice(0, eq).trim();
      const v = unescapeProperty(kv.slice(eq + 1));
      if (k === 'file' || k === 'title') a[k] = v;
      else if (k === 'line' || k === 'endLine' || k === 'col' || k === 'endColumn') a[k] = Number(v);
    }
    annotations.push(a);
  }
  return { annotations, masks };
}

function baseEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !HOST_PREFIXES.some((p) => k.startsWith(p))) env[k] = v;
  }
  return env;
}

export async function runStep(entry: Entry, opts: StepOptions): Promise<StepResult> {
  const files = fs.mkdtempSync(path.join(os.tmpdir(), 'crate-cache-step-'));
  const ownTemp = opts.runnerTemp === undefined;
  const runnerTemp = opts.runnerTemp ?? fs.mkdtempSync(path.join(os.tmpdir(), 'crate-cache-runner-temp-'));
  try {
    const fc = (name: string) => {
      const p = path.join(files, name);
      fs.writeFileSync(p, '');
      return p;
    };
    const eventPath = path.join(files, 'event.json');
    fs.writeFileSync(eventPath, '{}\n');
    const env: Record<string, string> = {
      ...baseEnv(),
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      RUNNER_TEMP: runnerTemp,
      GITHUB_EVENT_NAME: opts.event ?? 'push',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_WORKSPACE: opts.cwd,
      GITHUB_OUTPUT: fc('output'),
      GITHUB_STATE: fc('state'),
      GITHUB_ENV: fc('env'),
      GITHUB_PATH: fc('path'),
      GITHUB_STEP_SUMMARY: fc('step_summary'),
    };
    const inputs = { ...(opts.actionDefaults === false ? {} : actionInputDefaults()), ...opts.inputs };
    for (const [k, v] of Object.entries(inputs)) env[inputVariable(k)] = v;
    for (const [k, v] of Object.entries(opts.state ?? {})) env[`STATE_${k}`] = v;
    for (const [k, v] of Object.entries(opts.env ?? {})) {
      if (v === undefined) delete env[k];
      else env[k] = v;
    }
    // Unset so @actions/cache takes github.com's code paths, not GHES's.
    delete env.GITHUB_SERVER_URL;

    const script = path.isAbsolute(entry) ? entry : path.join(REPO_ROOT, entry);
    const run = await spawnStep(opts.node ?? process.execPath, script, opts.cwd, env, opts.timeoutMs ?? 120_000, opts.onLine);
    const read = (name: string) => fs.readFileSync(path.join(files, name), 'utf8');
    const commands = parseWorkflowCommands(run.stdout);
    return {
      ...run,
      outputs: Object.fromEntries(parseFileCommands(read('output'))),
      state: Object.fromEntries(parseFileCommands(read('state'))),
      env: Object.fromEntries(parseFileCommands(read('env'))),
      path: read('path').split(/\r?\n/).filter((l) => l !== ''),
      summary: read('step_summary'),
      ...commands,
    };
  } finally {
    fs.rmSync(files, { recursive: true, force: true });
    if (ownTemp) fs.rmSync(runnerTemp, { recursive: true, force: true });
  }
}

// Asynchronous on purpose: the cache service the step talks to usually runs
// in this very process, so a blocking spawnSync would deadlock it.
function spawnStep(
  node: string,
  script: string,
  cwd: string,
  env: Record<string, string>,
  timeoutMs: number,
  onLine?: StepOptions['onLine'],
) {
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; timedOut: boolean; ms: number; stdout: string; stderr: string }>(
    (resolve, reject) => {
      const t0 = performance.now();
      const child = spawn(node, [script], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      const flushOut = collect(child.stdout, out, onLine && ((l) => onLine(l, 'stdout')));
      const flushErr = collect(child.stderr, err, onLine && ((l) => onLine(l, 'stderr')));
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        child.kill('SIGKILL');
      }, timeoutMs);
      child.once('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
      child.once('close', (code, signal) => {
        clearTimeout(timer);
        flushOut();
        flushErr();
        const ms = performance.now() - t0;
        resolve({ code, signal, timedOut, ms, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
      });
    },
  );
}

/** Keeps a stream's chunks and, when asked, hands on each complete line; the returned flush hands on the last one. */
function collect(stream: NodeJS.ReadableStream, chunks: Buffer[], onLine?: (line: string) => void): () => void {
  let partial = '';
  const decoder = new StringDecoder('utf8');
  stream.on('data', (c: Buffer) => {
    chunks.push(c);
    if (!onLine) return;
    const lines = (partial + decoder.write(c)).split(/\r?\n/);
    partial = lines.pop()!;
    for (const l of lines) onLine(l);
  });
  return () => {
    partial += decoder.end();
    if (onLine && partial !== '') onLine(partial);
    partial = '';
  };
}

export interface JobOptions extends Omit<StepOptions, 'state' | 'runnerTemp' | 'onLine'> {
  /** Entry points; default the action's dist/main.js and dist/post.js. */
  main?: Entry;
  post?: Entry;
  /** Each line a step prints, as it prints it. */
  onLine?: (line: string, step: 'main' | 'post', stream: 'stdout' | 'stderr') => void;
}

export interface JobResult {
  main: StepResult;
  post: StepResult;
}

/**
 * main, then post — always, as `post-if: always()` asks — with main's saved
 * state as STATE_*, main's GITHUB_ENV/GITHUB_PATH additions in effect, and one
 * RUNNER_TEMP for both.
 */
export async function runJob(opts: JobOptions): Promise<JobResult> {
  const runnerTemp = fs.mkdtempSync(path.join(os.tmpdir(), 'crate-cache-runner-temp-'));
  try {
    const { main: mainEntry = 'dist/main.js', post: postEntry = 'dist/post.js', onLine, ...step } = opts;
    const tagged = (name: 'main' | 'post'): StepOptions['onLine'] => onLine && ((line, stream) => onLine(line, name, stream));
    const main = await runStep(mainEntry, { ...step, runnerTemp, onLine: tagged('main') });
    const env: Record<string, string | undefined> = { ...step.env, ...main.env };
    if (main.path.length > 0) {
      const current = env.PATH ?? process.env.PATH ?? '';
      env.PATH = [...[...main.path].reverse(), current].join(path.delimiter);
    }
    const post = await runStep(postEntry, { ...step, env, state: main.state, runnerTemp, onLine: tagged('post') });
    return { main, post };
  } finally {
    fs.rmSync(runnerTemp, { recursive: true, force: true });
  }
}
