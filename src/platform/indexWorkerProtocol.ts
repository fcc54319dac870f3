import type { PostSummary } from '../core/postSummary';

/** What a worker of the site index is given. */
export interface WorkerInput {
  readonly configText: string;
  readonly zoneName: string;
  readonly nowMs: number;
  readonly files: readonly { readonly relativePath: string; readonly absolutePath: string }[];
}

export type WorkerMessage =
  | { readonly type: 'batch'; readonly entries: { mtimeMs: number; size: number; info: PostSummary }[]; readonly unreadable: { path: string; reason: string }[] }
  | { readonly type: 'done' };
