import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shortId } from '../../../../src/cargo/sources/git/short_id.js';
import { CargoError } from '../../../../src/cargo/util/errors.js';

// Two blobs whose ids share the 7-char prefix 9a50883 (found by brute force).
const BLOB_A = 'crate-cache 23985\n';
const SHA_A = '9a508830b27c5f9c2216613246b3a43d6ca4efb4';
const BLOB_B = 'crate-cache 28539\n';
const SHA_B = '9a50883cc85f38e31294c6956f92182edb71eb11';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tempDir(prefix: string): string {
  const d = mkdtempSync(join(tmpdir(), prefix));
  made.push(d);
  return d;
}

function bareRepo(blobs: string[]): string {
  const db = tempDir('short-id-');
  execFileSync('git', ['init', '-q', '--bare', db]);
  for (const b of blobs) execFileSync('git', [`--git-dir=${db}`, 'hash-object', '-w', '--stdin'], { input: b });
  return db;
}

describe('shortId', () => {
  test('is the first 7 hex chars without a db', () => {
    expect(shortId('3EE7E7008CD7016FC2893644ABAB00A9F470045F')).toBe('3ee7e70');
    expect(shortId(SHA_A, join(tmpdir(), 'no-such-db-here'))).toBe('9a50883');
  });

  test('stays at 7 chars when the prefix is unique in the db', () => {
    expect(shortId(SHA_A, bareRepo([BLOB_A]))).toBe('9a50883');
  });

  test('grows when the 7-char prefix is ambiguous in the db', () => {
    const db = bareRepo([BLOB_A, BLOB_B]);
    expect(shortId(SHA_A, db)).toBe('9a508830');
    expect(shortId(SHA_B, db)).toBe('9a50883c');
  });

  test('falls back to 7 chars when the db is not a repository', () => {
    expect(shortId(SHA_A, tempDir('not-a-repo-'))).toBe('9a50883');
  });

  test.each([['abc'], ['z'.repeat(40)], ['']])('rejects %j', (sha) => {
    expect(() => shortId(sha)).toThrow(CargoError);
  });
});
