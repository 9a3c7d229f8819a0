// Azurite (the Azure Storage emulator) as a child process on loopback: the
// real blob store behind the cache service's signed URLs.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {
  BlobSASPermissions,
  BlobServiceClient,
  generateBlobSASQueryParameters,
  StorageSharedKeyCredential,
} from '@azure/storage-blob';

// Azurite's published development account.
export const DEV_ACCOUNT = 'devstoreaccount1';
export const DEV_ACCOUNT_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

import { REPO_ROOT } from '../repo_root.js';
const AZURITE_BLOB_MAIN = path.join(REPO_ROOT, 'node_modules', 'azurite', 'dist', 'src', 'blob', 'main.js');

export interface StartAzuriteOptions {
  /** Preferred port; a free one is used when it is busy. Default: any free port. */
  port?: number;
  container?: string;
  /** How long to wait for Azurite to listen. */
  timeoutMs?: number;
}

export interface RunningAzurite {
  host: string;
  port: number;
  account: string;
  container: string;
  /** Plain blob URL (no SAS). */
  blobUrl(blobName: string): string;
  /** A SAS URL for one blob; `permissions` as in Azure, e.g. 'r' or 'cw'. */
  sasUrl(blobName: string, permissions: string): string;
  /** Blob bytes, or undefined when the blob does not exist. */
  readBlob(blobName: string): Promise<Buffer | undefined>;
  /** Size in bytes, or undefined when the blob does not exist. */
  blobSize(blobName: string): Promise<number | undefined>;
  close(): Promise<void>;
}

function portIsFree(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, host, () => srv.close(() => resolve(true)));
  });
}

export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, host, () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** `preferred` when it can be bound on `host`, otherwise a free port. */
export async function choosePort(preferred: number | undefined, host = '127.0.0.1'): Promise<number> {
  if (preferred && (await portIsFree(preferred, host))) return preferred;
  return freePort(host);
}

// Runs Azurite's blob main in a process that also exits when its stdin (a
// pipe from us) closes, so even a SIGKILLed test run leaves no Azurite behind.
const ORPHAN_GUARD = [
  'const main = process.argv[1];',
  "process.stdin.on('close', () => process.exit(0)).resume();",
  'require(main);',
].join('\n');

// Children still alive when the test process exits are killed, so a crashed
// test run leaves no Azurite behind.
const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const c of live) c.kill('SIGKILL');
});

function waitForListening(child: ChildProcess, timeoutMs: number, log: () => string): Promise<void> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => done(new Error(`Azurite did not listen within ${timeoutMs} ms:\n${log()}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('successfully listens on')) done();
    };
    const onExit = (code: number | null, signal: string | null) =>
      done(new Error(`Azurite exited (${code ?? signal}) before listening:\n${log()}`));
    function done(err?: Error) {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.off('exit', onExit);
      if (err) reject(err);
      else resolve();
    }
    child.stdout?.on('data', onData);
    child.once('exit', onExit);
  });
}

function stopChild(child: ChildProcess, timeoutMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', () => {
      clearTimeout(kill);
      live.delete(child);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export async function startAzurite(opts: StartAzuriteOptions = {}): Promise<RunningAzurite> {
  const host = '127.0.0.1';
  const container = opts.container ?? 'actions-cache';
  const port = await choosePort(opts.port, host);
  // Azurite writes nothing with in-memory persistence (which rules out
  // --location), but run it in its own cwd so it can never litter the checkout.
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'crate-cache-azurite-'));
  const child = spawn(
    process.execPath,
    [
      '-e',
      ORPHAN_GUARD,
      '--',
      AZURITE_BLOB_MAIN,
      '--blobHost', host,
      '--blobPort', String(port),
      '--inMemoryPersistence',
      '--disableTelemetry',
      '--skipApiVersionCheck',
      '--loose',
      '--silent',
    ],
    { cwd: workspace, stdio: ['pipe', 'pipe', 'pipe'] },
  );
  live.add(child);
  let tail = '';
  const keepTail = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-4000);
  };
  child.stdout!.on('data', keepTail);
  child.stderr!.on('data', keepTail);
  child.once('exit', () => live.delete(child));

  const cleanup = async () => {
    await stopChild(child);
    fs.rmSync(workspace, { recursive: true, force: true });
  };
  try {
    await waitForListening(child, opts.timeoutMs ?? 20_000, () => tail);
  } catch (e) {
    await cleanup();
    throw e;
  }

  const credential = new StorageSharedKeyCredential(DEV_ACCOUNT, DEV_ACCOUNT_KEY);
  const base = `http://${host}:${port}/${DEV_ACCOUNT}`;
  const service = new BlobServiceClient(base, credential);
  const containerClient = service.getContainerClient(container);
  try {
    await containerClient.createIfNotExists();
  } catch (e) {
    await cleanup();
    throw e;
  }

  const blobUrl = (name: string) => `${base}/${container}/${name.split('/').map(encodeURIComponent).join('/')}`;
  return {
    host,
    port,
    account: DEV_ACCOUNT,
    container,
    blobUrl,
    sasUrl(name, permissions) {
      const now = Date.now();
      // Random start/expiry so every URL (and its `sig`) differs per request,
      // like the real service's; the start lies in the past to dodge skew.
      const startsOn = new Date(now - 60_000 - Math.floor(Math.random() * 3_600_000));
      const expiresOn = new Date(now + 3_600_000 + Math.floor(Math.random() * 3_600_000));
      const sas = generateBlobSASQueryParameters(
        { containerName: container, blobName: name, permissions: BlobSASPermissions.parse(permissions), startsOn, expiresOn },
        credential,
      ).toString();
      return `${blobUrl(name)}?${sas}`;
    },
    async readBlob(name) {
      const blob = containerClient.getBlobClient(name);
      if (!(await blob.exists())) return undefined;
      return blob.downloadToBuffer();
    },
    async blobSize(name) {
      const blob = containerClient.getBlobClient(name);
      if (!(await blob.exists())) return undefined;
      return (await blob.getProperties()).contentLength;
    },
    close: cleanup,
  };
}
