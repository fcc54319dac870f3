import * as os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PostFile } from './postFiles';
import type { WorkerJob, WorkerMessage } from './indexWorkerProtocol';

export type WorkerBatch = WorkerMessage & { type: 'batch' };

/** What a job needs besides its files. */
export type JobInput = Pick<WorkerJob, 'configText' | 'zoneName' | 'nowMs'>;

/** Files per worker below which another worker costs more than it saves. */
const filesPerWorker = 500;

/**
 * Worker threads that read and classify a site's files, as many as the machine has cores (at most 4). They are
 * started on the first job and kept while jobs come (a cold worker spends most of its first job
 * compiling), then stopped after `idleMs` without work. Jobs run one at a time. Idle workers keep no process alive.
 */
export class IndexWorkerPool {
  private readonly workers: Worker[] = [];
  private queue: Promise<void> = Promise.resolve();
  private nextJob = 1;
  private idleTimer: NodeJS.Timeout | undefined;
  private disposed = false;

  constructor(private readonly script: string, private readonly idleMs = 120_000) {}

  private get maxWorkers(): number {
    return Math.max(1, Math.min(4, os.availableParallelism?.() ?? os.cpus().length));
  }

  /** Reads and classifies `files`, handing each batch to `onBatch` as it arrives. Rejects if a worker fails. */
  run(input: JobInput, files: readonly PostFile[], onBatch: (batch: WorkerBatch) => void): Promise<void> {
    const count = Math.min(this.maxWorkers, Math.ceil(files.length / filesPerWorker));
    const shares: { relativePath: string; absolutePath: string }[][] = Array.from({ length: count }, () => []);
    files.forEach((f, i) => shares[i % count]?.push({ relativePath: f.relativePath, absolutePath: f.absolutePath }));
    return this.enqueue(count, (i, job) => ({ type: 'index', job, ...input, files: shares[i] ?? [] }), (_i, message) => {
      if (message.type === 'batch') {
        onBatch(message);
        return false;
      }
      return message.type === 'done';
    });
  }

  /** Stops every worker. */
  async dispose(): Promise<void> {
    this.disposed = true;
    clearTimeout(this.idleTimer);
    await this.stopAll();
  }

  private enqueue(count: number, request: (worker: number, job: number) => WorkerJob, onMessage: (worker: number, message: WorkerMessage) => boolean): Promise<void> {
    const result = this.queue.then(() => this.dispatch(count, request, onMessage));
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Sends one request to each of `count` workers; each is done when `onMessage` says so. */
  private async dispatch(count: number, request: (worker: number, job: number) => WorkerJob, onMessage: (worker: number, message: WorkerMessage) => boolean): Promise<void> {
    if (this.disposed) {
      throw new Error('the index worker pool is disposed');
    }
    clearTimeout(this.idleTimer);
    this.ensure(count);
    const job = this.nextJob++;
    const cleanups: (() => void)[] = [];
    try {
      await Promise.all(this.workers.slice(0, count).map((worker, i) => new Promise<void>((resolve, reject) => {
        const listener = (message: WorkerMessage): void => {
          if (message.job === job && onMessage(i, message)) {
            resolve();
          }
        };
        const onExit = (code: number): void => reject(new Error(`index worker exited with ${code}`));
        worker.on('message', listener);
        worker.on('error', reject);
        worker.on('exit', onExit);
        cleanups.push(() => {
          worker.off('message', listener);
          worker.off('error', reject);
          worker.off('exit', onExit);
        });
        worker.ref();
        worker.postMessage(request(i, job));
      })));
    } catch (error) {
      // A worker that failed may have left others mid-job: start from fresh workers next time.
      await this.stopAll();
      throw error;
    } finally {
      cleanups.forEach((cleanup) => cleanup());
      this.scheduleStop();
    }
  }

  private ensure(count: number): void {
    while (this.workers.length < count) {
      const worker = new Worker(this.script);
      worker.unref();
      // Always listened to: a worker failing between jobs (or while starting) must not become an uncaught error.
      // It leaves the pool; a job it was part of rejects through its own listeners.
      const leave = (): void => {
        const at = this.workers.indexOf(worker);
        if (at >= 0) {
          this.workers.splice(at, 1);
        }
      };
      worker.on('error', leave);
      worker.on('exit', leave);
      this.workers.push(worker);
    }
  }

  private scheduleStop(): void {
    this.workers.forEach((w) => w.unref());
    clearTimeout(this.idleTimer);
    if (!this.disposed) {
      this.idleTimer = setTimeout(() => void this.stopAll(), this.idleMs);
      this.idleTimer.unref();
    }
  }

  private async stopAll(): Promise<void> {
    const stopping = this.workers.splice(0);
    await Promise.all(stopping.map((w) => w.terminate()));
  }
}
