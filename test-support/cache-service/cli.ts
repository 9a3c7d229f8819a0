// `npx tsx test-support/cache-service/cli.ts serve [--fault <fault>]`:
// run the test cache service until SIGINT/SIGTERM and print the variables
// that point @actions/cache (and so the action) at it.
import { DEFAULT_AZURITE_PORT, DEFAULT_SHIM_PORT, startCacheService, type Fault } from './index.js';

const FAULTS: Fault[] = [
  'none', 'refuse', '500', '500-once', '429', 'hang', '409-on-create', 'finalize-fails', 'download-truncated', 'download-corrupt',
];

function usage(): never {
  process.stderr.write('usage: cli.ts serve [--fault <' + FAULTS.join('|') + '>]\n');
  process.exit(2);
}

async function serve(args: string[]): Promise<void> {
  let fault: Fault = 'none';
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--fault' && FAULTS.includes(args[i + 1] as Fault)) fault = args[++i] as Fault;
    else usage();
  }
  const service = await startCacheService({ azuritePort: DEFAULT_AZURITE_PORT, shimPort: DEFAULT_SHIM_PORT });
  await service.setFault(fault);
  for (const [k, v] of Object.entries(service.env)) process.stdout.write(`export ${k}=${v}\n`);
  process.stderr.write('cache service up; Ctrl-C to stop\n');
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    const entries = service.entries();
    process.stderr.write(`${entries.length} cache entr${entries.length === 1 ? 'y' : 'ies'}:\n`);
    for (const e of entries) process.stderr.write(`  ${e.key} ${e.version.slice(0, 12)} ${e.sizeBytes ?? 'pending'}\n`);
    const force = setTimeout(() => process.exit(1), 10_000);
    service.close().then(() => {
      clearTimeout(force);
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'serve') {
  serve(rest).catch((e: Error) => {
    process.stderr.write(`cache service failed: ${e.message}\n`);
    process.exit(1);
  });
} else {
  usage();
}
