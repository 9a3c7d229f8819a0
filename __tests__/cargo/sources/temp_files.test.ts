import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { sweepDeadTempFiles } from '../../../src/cargo/sources/temp_files.js';
import { tempDir } from '../../../test-support/tmp.js';

test('temp files of dead writers are removed; a live writer, finished files and other names are kept', async () => {
  const home = tempDir('cc-sweep-');
  const dir = path.join(home, 'registry', 'cache', 'x');
  fs.mkdirSync(dir, { recursive: true });
  const dead = spawn(process.execPath, ['-e', '0']);
  await new Promise((r) => dead.once('exit', r));
  const live = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 5000)']);
  const files = {
    dead: `.libc-0.2.139.crate.${dead.pid}-0a1b2c3d.tmp`,
    live: `.libc-0.2.139.crate.${live.pid}-0a1b2c3d.tmp`,
    mine: `.libc-0.2.139.crate.${process.pid}-0a1b2c3d.tmp`,
    done: 'libc-0.2.139.crate',
    other: 'notes.tmp',
  };
  for (const f of Object.values(files)) fs.writeFileSync(path.join(dir, f), 'x');
  try {
    expect(sweepDeadTempFiles(home, 'registry/cache/x')).toEqual([`registry/cache/x/${files.dead}`]);
    expect(fs.readdirSync(dir).sort()).toEqual([files.live, files.mine, files.done, files.other].sort());
  } finally {
    live.kill();
  }
});
