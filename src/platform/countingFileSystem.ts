import type { FileSystem, HeadState, PostHeadOptions } from './fileSystem';

/** A file system that notes every file it reads (whole or a head), so a caller can tell what one pass cost. */
export interface CountedFileSystem {
  readonly fs: FileSystem;
  /** The locations read through `fs` so far, each as often as it was read. */
  readonly reads: readonly string[];
}

/** `fs` with its reads noted (stats and listings are not reads: they are what a reopened index may still ask). */
export function countingFileSystem(fs: FileSystem): CountedFileSystem {
  const reads: string[] = [];
  const counted: FileSystem = {
    local: fs.local,
    readConcurrency: fs.readConcurrency,
    readDirectory: (location) => fs.readDirectory(location),
    stat: (location) => fs.stat(location),
    readText: (location, maxBytes) => {
      reads.push(location);
      return fs.readText(location, maxBytes);
    },
    readBytes: (location) => {
      reads.push(location);
      return fs.readBytes(location);
    },
    readPostHead: (location, headState, options) => {
      reads.push(location);
      return fs.readPostHead(location, headState, options);
    },
    ...(fs.readPostHeadNow === undefined ? {} : {
      readPostHeadNow: (location: string, headState: HeadState, options?: PostHeadOptions) => {
        reads.push(location);
        return fs.readPostHeadNow?.(location, headState, options) ?? { ok: false, reason: 'no synchronous reads' };
      },
    }),
    ...(fs.resolveLink === undefined ? {} : { resolveLink: fs.resolveLink.bind(fs) }),
  };
  return { fs: counted, reads };
}
