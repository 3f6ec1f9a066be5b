/** Writing output files for the command line: the target is the old file or the whole new one. */
import { rename, rm, writeFile } from 'node:fs/promises';

/** Writes `bytes` to a temporary file beside `path`, then renames it over `path`. */
export async function writeAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, bytes);
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  }
}
