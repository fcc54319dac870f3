import * as os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PostFile } from './postFiles';
import type { WorkerJob, WorkerMessage } from './indexWorkerProtocol';

export type WorkerBatch = WorkerMessage & { type: 'batch' };

/** What a job needs besides its files. */
export type JobInput = Pick<WorkerJob, 'generator' | 'configFiles' | 'zoneName' | 'nowMs' | 'shapers'>;

/**
 * Below this many files to read, a build is better read on the calling thread than by workers that have not run
 * yet: a cold worker compiles the whole reader as it reads, and on two cores two of them cost more CPU than one
 * thread reading everything (measured with bench/everyGenerator.ts; see IndexOptions.coldWorkersMinFiles).
 */
export const coldWorkersMinFiles = 20_000;

/** Files per worker below which another worker costs more than it saves. */
const filesPerWorker = 500;
/** Files per message: sending 25,000 paths in one message would block this thread while they are copied. */
const filesPerMessage = 2000;

/**
 * What a worker runs: Node's module compile cache turned on where Node has it (22.1 and later), then the worker
 * script. A cold worker spends most of its first job compiling the reader; with the cache, that code comes from
 * the disk from the second start on (the next window, the next site).
 */
function workerStart(script: string): string {
  return `require('node:module').enableCompileCache?.(); require(${JSON.stringify(script)});`;
}

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Worker threads that read and classify a site's files, as many as the machine has cores (at most 4). They are
 * started on the first job and kept while jobs come (a cold worker spends most of its first job compiling), then
 * stopped after `idleMs` without work. Jobs run one at a time. Idle workers keep no process alive.
 */
export class IndexWorkerPool {
  private readonly workers: Worker[] = [];
  private queue: Promise<void> = Promise.resolve();
  private nextJob = 1;
  private idleTimer: NodeJS.Timeout | undefined;
  private disposed = false;
  /** Whether the running workers have finished a job (their code is compiled); false again once they stop. */
  private ran = false;

  constructor(private readonly script: string, private readonly idleMs = 120_000) {}

  /** Reads and classifies `files`, handing each batch to `onBatch` as it arrives. Rejects if a worker fails. */
  run(input: JobInput, files: readonly PostFile[], onBatch: (batch: WorkerBatch) => void): Promise<void> {
    const result = this.queue.then(() => this.runNow(input, files, onBatch));
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** Whether workers are running that have read files before (warm), so a job costs no compiling. */
  get warm(): boolean {
    return this.ran && this.workers.length > 0;
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
    const count = Math.max(1, Math.min(4, os.availableParallelism?.() ?? os.cpus().length, Math.ceil(files.length / filesPerWorker)));
    this.ensure(count);
    const workers = this.workers.slice(0, count);
    const pending = new Set<number>();
    let sent = false;
    let settle: { resolve: () => void; reject: (error: unknown) => void } | undefined;
    const finished = new Promise<void>((resolve, reject) => {
      settle = { resolve, reject };
    });
    // A worker may fail while messages are still being sent: the failure is awaited below, not lost.
    finished.catch(() => undefined);
    const onMessage = (message: WorkerMessage): void => {
      if (!pending.has(message.job)) {
        return;
      }
      if (message.type === 'batch') {
        onBatch(message);
      } else if (pending.delete(message.job) && pending.size === 0 && sent) {
        settle?.resolve();
      }
    };
    const onError = (error: unknown): void => settle?.reject(error);
    const onExit = (code: number): void => settle?.reject(new Error(`index worker exited with ${code}`));
    for (const worker of workers) {
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.ref();
    }
    try {
      // File i goes to worker i mod count, in messages of at most `filesPerMessage`, with a turn between messages.
      for (let start = 0; start < files.length; start += filesPerMessage * count) {
        for (let w = 0; w < count; w++) {
          const share: { relativePath: string; absolutePath: string }[] = [];
          for (let i = start + w; i < Math.min(files.length, start + filesPerMessage * count); i += count) {
            const f = files[i];
            if (f !== undefined) {
              share.push({ relativePath: f.relativePath, absolutePath: f.absolutePath });
            }
          }
          if (share.length > 0) {
            const job = this.nextJob++;
            pending.add(job);
            workers[w]?.postMessage({ type: 'index', job, ...input, files: share } satisfies WorkerJob);
            await nextTurn();
          }
        }
      }
      sent = true;
      if (pending.size === 0) {
        settle?.resolve();
      }
      await finished;
      this.ran = true;
    } catch (error) {
      // A worker that failed may have left others mid-job: start from fresh workers next time.
      await this.stopAll();
      throw error;
    } finally {
      for (const worker of workers) {
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      }
      this.scheduleStop();
    }
  }

  private ensure(count: number): void {
    while (this.workers.length < count) {
      const worker = new Worker(workerStart(this.script), { eval: true });
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
    this.ran = false;
    const stopping = this.workers.splice(0);
    await Promise.all(stopping.map((w) => w.terminate()));
  }
}
