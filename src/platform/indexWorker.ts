import { fileTimeMs } from '../core/fileTime';
import { parentPort } from 'node:worker_threads';
import { indexReadOptions } from '../core/postRead';
import { summaryOf } from '../core/postSummary';
import { createTimeZone } from '../core/timeZone';
import { generatorById } from '../core/generators/generators';
import { readPostHead } from './postHead';
import type { PostContext } from '../core/post';
import type { Generator } from '../core/generators/generator';
import type { WorkerJob, WorkerMessage } from './indexWorkerProtocol';

/**
 * A worker of the site index: reads and classifies its share of each job's files and posts summaries back in
 * batches. Classifying here (not in the extension host's thread) keeps a large site's build off the UI; the
 * worker stays for the next job, so its compiled code stays warm.
 */
type Batch = WorkerMessage & { type: 'batch' };

let context: { readonly key: string; readonly generator: Generator; readonly ctx: PostContext } | undefined;
/** The shapers of the last job, as one set for every job of a build: what generators derive from the set once (Hugo's folder index) is then derived once, not once per message. */
let shapers: { readonly key: string; readonly set: ReadonlySet<string> } | undefined;

function contextFor(job: WorkerJob): { readonly generator: Generator; readonly ctx: PostContext } {
  const key = [job.generator, job.zoneName, ...job.configFiles.flatMap((f) => [f.file, f.text])].join('\0');
  if (context?.key !== key) {
    const generator = generatorById(job.generator);
    if (generator === undefined) throw new Error(`no generator ${job.generator}`);
    const { config } = generator.readConfig(job.configFiles);
    context = { key, generator, ctx: { config, zone: createTimeZone(job.zoneName).zone, nowMs: job.nowMs } };
  }
  // Paths hold no NUL, so the joined list names one set.
  const shapersKey = job.shapers.join('\0');
  if (shapers?.key !== shapersKey) shapers = { key: shapersKey, set: new Set(job.shapers) };
  return { generator: context.generator, ctx: { ...context.ctx, nowMs: job.nowMs, shapers: shapers.set } };
}

function run(job: WorkerJob, post: (message: WorkerMessage) => void): void {
  const { generator, ctx } = contextFor(job);
  let batch: Batch = { type: 'batch', job: job.job, entries: [], unreadable: [] };
  for (const file of job.files) {
    const head = readPostHead(file.absolutePath, generator.headState, { frontMatterOnly: true });
    if (head.ok) {
      const read = generator.readPost(head.head.text, ctx.config, indexReadOptions);
      // Stat'ed (no noStat): the time is a number and the size is known.
      const mtimeMs = fileTimeMs(head.head.mtimeMs);
      batch.entries.push({ mtimeMs, size: head.head.size ?? 0, info: summaryOf(generator.classify(file.relativePath, read, mtimeMs, ctx)) });
    } else {
      batch.unreadable.push({ path: file.relativePath, reason: head.reason });
    }
    if (batch.entries.length + batch.unreadable.length >= 250) {
      post(batch);
      batch = { type: 'batch', job: job.job, entries: [], unreadable: [] };
    }
  }
  post(batch);
  post({ type: 'done', job: job.job });
}

const port = parentPort;
port?.on('message', (job: WorkerJob) => run(job, (message) => port.postMessage(message)));
