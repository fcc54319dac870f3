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

export type WorkerMessage =
  | { readonly type: 'batch'; readonly job: number; readonly entries: { mtimeMs: number; size: number; info: PostSummary }[]; readonly unreadable: { path: string; reason: string }[] }
  | { readonly type: 'done'; readonly job: number };
