import * as os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PostFile } from './postFiles';
import type { WorkerJob, WorkerMessage } from './indexWorkerProtocol';

export type WorkerBatch = WorkerMessage & { type: 'batch' };

/** What a job needs besides its files. */
export type JobInput = Pick<WorkerJob, 'configText' | 'zoneName' | 'nowMs'>;

/**
 * Worker threads that read and classify a site's files, as many as the machine has cores (at most 4). They are
 * started on the first job and kept while jobs come (a cold worker spends most of its first job compiling), then
 * stopped after `idleMs` without work. Jobs run one at a time. Idle workers do not keep a process alive.
 */
export class IndexWorkerPool {
  private readonly workers: Worker[] = [];
  private queue: Promise<void> = Promise.resolve();
  private nextJob = 1;
  private idleTimer: NodeJS.Timeout | undefined;
  private disposed = false;

  constructor(private readonly script: string, private readonly idleMs = 120_000) {}

  /** Runs one job over `files`, handing each batch to `onBatch` as it arrives. Rejects if a worker fails. */
  run(input: JobInput, files: readonly PostFile[], onBatch: (batch: WorkerBatch) => void): Promise<void> {
    const result = this.queue.then(() => this.runNow(input, files, onBatch));
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Stops every worker. */
  async dispose(): Promise<void> {
    this.disposed = true;
    clearTimeout(this.idleTimer);
    await this.stopAll();
  }

  private async runNow(input: JobInput, files: readonly PostFile[], onBatch: (batch: WorkerBatch) => void): Promise<void> {
    if (this.disposed) {
      throw new Error('the index worker pool is disposed');
    }
    clearTimeout(this.idleTimer);
    const count = Math.max(1, Math.min(4, os.availableParallelism?.() ?? os.cpus().length, Math.ceil(files.length / 500)));
    while (this.workers.length < count) {
      this.workers.push(new Worker(this.script));
    }
    const job = this.nextJob++;
    const shares: { relativePath: string; absolutePath: string }[][] = Array.from({ length: count }, () => []);
    files.forEach((f, i) => shares[i % count]?.push({ relativePath: f.relativePath, absolutePath: f.absolutePath }));
    const cleanups: (() => void)[] = [];
    try {
      await Promise.all(shares.map((share, i) => new Promise<void>((resolve, reject) => {
        const worker = this.workers[i];
        if (worker === undefined) {
          reject(new Error('no index worker'));
          return;
        }
        const onMessage = (message: WorkerMessage): void => {
          if (message.job !== job) {
            return;
          }
          if (message.type === 'batch') {
            onBatch(message);
          } else {
            resolve();
          }
        };
        const onExit = (code: number): void => reject(new Error(`index worker exited with ${code}`));
        worker.on('message', onMessage);
        worker.on('error', reject);
        worker.on('exit', onExit);
        cleanups.push(() => {
          worker.off('message', onMessage);
          worker.off('error', reject);
          worker.off('exit', onExit);
        });
        worker.ref();
        worker.postMessage({ type: 'index', job, ...input, files: share } satisfies WorkerJob);
      })));
    } catch (error) {
      // A worker that failed may have left others mid-job: start from fresh workers next time.
      await this.stopAll();
      throw error;
    } finally {
      cleanups.forEach((cleanup) => cleanup());
      this.workers.forEach((w) => w.unref());
      if (!this.disposed) {
        this.idleTimer = setTimeout(() => void this.stopAll(), this.idleMs);
        this.idleTimer.unref();
      }
    }
  }

  private async stopAll(): Promise<void> {
    const stopping = this.workers.splice(0);
    await Promise.all(stopping.map((w) => w.terminate()));
  }
}
