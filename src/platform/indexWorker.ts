import { parentPort, workerData } from 'node:worker_threads';
import { parseConfig } from '../core/config';
import { classifyRead } from '../core/post';
import { indexReadOptions, readPost } from '../core/postRead';
import { summaryOf } from '../core/postSummary';
import { createTimeZone } from '../core/timeZone';
import { readPostHead } from './postHead';
import type { WorkerInput, WorkerMessage } from './indexWorkerProtocol';

/**
 * A worker of the site index: reads and classifies its share of the files and posts summaries back in batches.
 * Classifying here (not in the extension host's thread) is what keeps a large site's first build off the UI.
 */
function main(input: WorkerInput): void {
  const port = parentPort;
  if (port === null) {
    return;
  }
  const { config } = parseConfig(input.configText);
  const ctx = { config, zone: createTimeZone(input.zoneName).zone, nowMs: input.nowMs };
  let batch: WorkerMessage & { type: 'batch' } = { type: 'batch', entries: [], unreadable: [] };
  for (const file of input.files) {
    const head = readPostHead(file.absolutePath, { frontMatterOnly: true });
    if (head.ok) {
      const read = readPost(head.head.text, config.excerptSeparator, indexReadOptions);
      batch.entries.push({ mtimeMs: head.head.mtimeMs, size: head.head.size, info: summaryOf(classifyRead(file.relativePath, read, head.head.mtimeMs, ctx)) });
    } else {
      batch.unreadable.push({ path: file.relativePath, reason: head.reason });
    }
    if (batch.entries.length + batch.unreadable.length >= 250) {
      port.postMessage(batch);
      batch = { type: 'batch', entries: [], unreadable: [] };
    }
  }
  port.postMessage(batch);
  port.postMessage({ type: 'done' } satisfies WorkerMessage);
}

main(workerData as WorkerInput);
