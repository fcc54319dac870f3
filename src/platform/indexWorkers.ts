import * as os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PostFile } from './postFiles';
import type { WorkerInput, WorkerMessage } from './indexWorkerProtocol';

export type WorkerBatch = WorkerMessage & { type: 'batch' };

/**
 * Reads and classifies files in worker threads (as many as the machine has cores, at most 4), handing each
 * batch to `onBatch` on the calling thread as it arrives. Rejects if a worker fails; the caller then reads on
 * its own thread.
 */
export async function indexInWorkers(
  script: string,
  input: Omit<WorkerInput, 'files'>,
  files: readonly PostFile[],
  onBatch: (batch: WorkerBatch) => void,
): Promise<void> {
  const count = Math.max(1, Math.min(4, os.availableParallelism?.() ?? os.cpus().length, Math.ceil(files.length / 500)));
  const shares: { relativePath: string; absolutePath: string }[][] = Array.from({ length: count }, () => []);
  files.forEach((f, i) => shares[i % count]?.push({ relativePath: f.relativePath, absolutePath: f.absolutePath }));
  const workers: Worker[] = [];
  try {
    await Promise.all(shares.map((share) => new Promise<void>((resolve, reject) => {
      const worker = new Worker(script, { workerData: { ...input, files: share } satisfies WorkerInput });
      workers.push(worker);
      worker.on('message', (message: WorkerMessage) => {
        if (message.type === 'batch') {
          onBatch(message);
        } else {
          resolve();
        }
      });
      worker.on('error', reject);
      worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`index worker exited with ${code}`))));
    })));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
