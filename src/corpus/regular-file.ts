/**
 * Reading a file that may be hostile (I/O edge): only a regular file is read, never a device, a
 * FIFO, a socket or a directory, and never more than a limit. It is opened without blocking (a
 * FIFO would wait for a writer forever), checked on the open descriptor (so what is checked is
 * what is read) and read up to the limit. Used for corpus files and the engine cache.
 */
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readlinkSync,
  readSync,
  type Stats,
} from "node:fs";

/** The bytes of the file, or the problem as the end of a sentence ("it is a directory, not a file"). */
export type FileRead =
  | { readonly ok: true; readonly bytes: Buffer }
  | { readonly ok: false; readonly problem: string; readonly missing?: true };

/** Reads `path` if it is (or links to) a regular file of at most `maxBytes` bytes. */
export function readRegularFile(path: string, maxBytes: number): FileRead {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return openProblem(path, error as NodeJS.ErrnoException);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile())
      return { ok: false, problem: `${linkPrefix(path)}${kindOf(stats)}, not a regular file` };
    if (stats.size > maxBytes) return tooLarge(stats.size, maxBytes);
    // Read one byte more than allowed: a file that grows while it is read is caught too.
    const buffer = Buffer.alloc(Math.min(stats.size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      length += n;
      if (n === 0 || length === buffer.length) break;
    }
    if (length > maxBytes) return tooLarge(length, maxBytes);
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { ok: false, problem: `it cannot be read (${(error as Error).message})` };
  } finally {
    closeSync(fd);
  }
}

/** `1.5 MB`, `12 KB`, `300 bytes`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function tooLarge(size: number, maxBytes: number): FileRead {
  return { ok: false, problem: `it is ${formatBytes(size)}, over the limit of ${formatBytes(maxBytes)}` };
}

function openProblem(path: string, error: NodeJS.ErrnoException): FileRead {
  switch (error.code) {
    case "ENOENT":
      return isLink(path)
        ? { ok: false, problem: `it is a symbolic link to ${target(path)}, which does not exist` }
        : { ok: false, problem: "it does not exist", missing: true };
    case "ELOOP":
      return { ok: false, problem: "it is a symbolic link that loops (it leads back to itself)" };
    case "ENXIO":
      return { ok: false, problem: `${linkPrefix(path)}a socket, not a regular file` };
    case "EACCES":
    case "EPERM":
      return { ok: false, problem: "it cannot be read (permission denied)" };
    default:
      return { ok: false, problem: `it cannot be read (${error.message})` };
  }
}

function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return "a directory";
  if (stats.isFIFO()) return "a FIFO (named pipe)";
  if (stats.isSocket()) return "a socket";
  if (stats.isCharacterDevice()) return "a character device";
  if (stats.isBlockDevice()) return "a block device";
  return "not a regular file";
}

/** "it is a symbolic link to /dev/zero, " for a link, "it is " otherwise. */
function linkPrefix(path: string): string {
  return isLink(path) ? `it is a symbolic link to ${target(path)}, which is ` : "it is ";
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function target(path: string): string {
  try {
    return readlinkSync(path);
  } catch {
    return "a path that cannot be read";
  }
}
