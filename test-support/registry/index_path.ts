// Where a crate's file lives in a sparse (or git) index: `1/a`, `2/ab`,
// `3/a/abc`, `ab/cd/abcd`, always lowercased.
export function indexPath(name: string): string {
  const n = name.toLowerCase();
  if (n.length === 0) throw new Error('empty crate name');
  if (n.length === 1) return `1/${n}`;
  if (n.length === 2) return `2/${n}`;
  if (n.length === 3) return `3/${n[0]}/${n}`;
  return `${n.slice(0, 2)}/${n.slice(2, 4)}/${n}`;
}
