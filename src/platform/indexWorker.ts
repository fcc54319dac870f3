import { parentPort } from 'node:worker_threads';
import { parseConfig } from '../core/config';
import { classifyRead, type PostContext } from '../core/post';
import { indexReadOptions, readPost } from '../core/postRead';
import { summaryOf } from '../core/postSummary';
import { createTimeZone } from '../core/timeZone';
import { readPostHead } from './postHead';
import type { WorkerJob, WorkerMessage } from './indexWorkerProtocol';

/**
 * A worker of the site index: reads and classifies its share of each job's files and posts summaries back in
 * batches. Classifying here (not in the extension host's thread) keeps a large site's build off the UI; the
 * worker stays for the next job, so its compiled code stays warm.
 */
type Batch = WorkerMessage & { type: 'batch' };

let context: { readonly key: string; readonly ctx: PostContext } | undefined;

function contextFor(job: WorkerJob): PostContext {
  const key = `${job.zoneName}\0${job.configText}`;
  if (context?.key !== key) {
    const { config } = parseConfig(job.configText);
    context = { key, ctx: { config, zone: createTimeZone(job.zoneName).zone, nowMs: job.nowMs } };
  }
  return { ...context.ctx, nowMs: job.nowMs };
}

function run(job: WorkerJob, post: (message: WorkerMessage) => void): void {
  const ctx = contextFor(job);
  let batch: Batch = { type: 'batch', job: job.job, entries: [], unreadable: [] };
  for (const file of job.files) {
    const head = readPostHead(file.absolutePath, { frontMatterOnly: true });
    if (head.ok) {
      const read = readPost(head.head.text, ctx.config.excerptSeparator, indexReadOptions);
      batch.entries.push({ mtimeMs: head.head.mtimeMs, size: head.head.size, info: summaryOf(classifyRead(file.relativePath, read, head.head.mtimeMs, ctx)) });
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
