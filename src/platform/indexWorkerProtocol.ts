import type { PostSummary } from '../core/postSummary';
import type { GeneratorId } from '../core/generators/detectGenerator';
import type { ConfigText } from '../core/generators/generator';

/** One indexing job for a worker of the site index. A worker takes jobs one after another, staying warm. */
export interface WorkerJob {
  readonly type: 'index';
  readonly job: number;
  readonly generator: GeneratorId;
  readonly configFiles: readonly ConfigText[];
  readonly zoneName: string;
  readonly nowMs: number;
  /** The site's files that shape their folders (Generator.shapesFolder), for placeOf and classify. */
  readonly shapers: readonly string[];
  readonly files: readonly { readonly relativePath: string; readonly absolutePath: string }[];
}

export type WorkerMessage =
  | { readonly type: 'batch'; readonly job: number; readonly entries: { mtimeMs: number; size: number; info: PostSummary }[]; readonly unreadable: { path: string; reason: string }[] }
  | { readonly type: 'done'; readonly job: number };
