/** Writing output files for the command line: the target is the old file or the whole new one. */
import { access, constants, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

import { FileError } from './types';

/** The reason an output path cannot be written, from the file system's error code. */
function outputError(path: string, error: unknown): FileError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return new FileError(path, `目录 ${dirname(resolve(path))} 不存在`, `the folder ${dirname(resolve(path))} does not exist`);
    case 'ENOTDIR':
      return new FileError(path, '路径中有一段不是目录', 'part of the path is not a folder');
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new FileError(path, '没有写入权限', 'no permission to write there');
    case 'EISDIR':
      return new FileError(path, '这是一个目录，请给出文件名', 'that is a folder; give a file name');
    case 'ENOSPC':
    case 'EDQUOT':
      return new FileError(path, '磁盘空间不足', 'the disk is full');
    default:
      return new FileError(path, `无法写入（${code ?? String(error)}）`, `cannot write (${code ?? String(error)})`);
  }
}

/**
 * Checks, before the work that produces it, that an output file can be written: its folder exists
 * and is writable, and the path is not a folder.
 * @throws FileError naming the path and why
 */
export async function checkOutputPath(path: string): Promise<void> {
  const fail = (error: unknown): never => {
    throw outputError(path, error);
  };
  // A path that does not exist yet is what an output usually is.
  const target = await stat(path).catch((error: NodeJS.ErrnoException) => (error.code === 'ENOENT' ? undefined : fail(error)));
  if (target?.isDirectory()) fail({ code: 'EISDIR' });
  const folder = dirname(resolve(path));
  const parent = await stat(folder).catch(fail);
  if (!parent.isDirectory()) fail({ code: 'ENOTDIR' });
  await access(folder, constants.W_OK).catch(fail);
}

/**
 * Writes `bytes` to a temporary file beside `path`, then renames it over `path`.
 * @throws FileError naming the path and why, with nothing left behind
 */
export async function writeAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(tmp, bytes);
    await rename(tmp, path);
  } catch (error) {
    await rm(tmp, { force: true });
    throw outputError(path, error);
  }
}
