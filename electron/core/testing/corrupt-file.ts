/**
 * Damages a (closed, checkpointed) SQLite file the ways reliability.md R7 lists, reproducibly: cut short,
 * bytes of b-tree pages overwritten with a seeded PRNG, or a header that is not SQLite's. Flips land in
 * page headers and cell pointers — the structure a checker can see. A changed letter inside a stored text
 * is valid data to any checker (and to SQLite), so flipping payload bytes would test nothing.
 */
import fs from 'node:fs';

export type Damage = 'truncated' | 'flipped' | 'bad-header';

/** mulberry32: the same sequence for a seed on every machine. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BTREE_PAGE_TYPES = new Set([0x02, 0x05, 0x0a, 0x0d]);

export function damage(file: string, kind: Damage, seed = 1): void {
  const bytes = fs.readFileSync(file);
  if (kind === 'truncated') {
    fs.truncateSync(file, Math.floor(bytes.length / 2) + 123);
    return;
  }
  if (kind === 'bad-header') {
    Buffer.from('Not a database!!', 'latin1').copy(bytes, 0);
    fs.writeFileSync(file, bytes);
    return;
  }
  const random = prng(seed);
  const pageSize = bytes.readUInt16BE(16) === 1 ? 65536 : bytes.readUInt16BE(16);
  const pages: number[] = [];
  for (let page = 2; page * pageSize <= bytes.length; page++) {
    if (BTREE_PAGE_TYPES.has(bytes[(page - 1) * pageSize] ?? 0)) pages.push(page);
  }
  for (let n = 0; n < 4 && pages.length; n++) {
    const page = pages[Math.floor(random() * pages.length)] ?? 2;
    const start = (page - 1) * pageSize;
    for (let i = 0; i < 12; i++) {
      const offset = start + 1 + Math.floor(random() * 15);
      bytes[offset] = (bytes[offset] ?? 0) ^ (1 + Math.floor(random() * 255));
    }
  }
  fs.writeFileSync(file, bytes);
}
