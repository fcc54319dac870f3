import type { PostSummary } from '../core/postSummary';

/** One indexing job for a worker of the site index. A worker takes jobs one after another, staying warm. */
export interface WorkerJob {
  readonly type: 'index';
  readonly job: number;
  readonly configText: string;
  readonly zoneName: string;
  readonly nowMs: number;
  readonly files: readonly { readonly relativePath: string; readonly absolutePath: string }[];
}

/** Stat these files (a persisted index is checked against them): mtime and size of each, NaN when not a file. */
export interface StatJob {
  readonly type: 'stat';
  readonly job: number;
  readonly paths: readonly string[];
}

export type WorkerRequest = WorkerJob | StatJob;

export type WorkerMessage =
  | { readonly type: 'stats'; readonly job: number; readonly values: Float64Array }
  | { readonly type: 'batch'; readonly job: number; readonly entries: { mtimeMs: number; size: number; info: PostSummary }[]; readonly unreadable: { path: string; reason: string }[] }
  | { readonly type: 'done'; readonly job: number };
