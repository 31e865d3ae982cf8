import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Reads a file of this repository by its path from the root (tests run from the root). */
export function readRepoFile(path: string): string {
  return readFileSync(resolve(process.cwd(), path), 'utf8');
}
