import { mapConcurrently } from './mapConcurrently';

/** How the index is cut into slices (see IndexOptions). */
export interface SliceOptions {
  /** Called between slices so a caller on a UI thread can yield; resolve to go on. */
  readonly yieldControl?: () => Promise<void>;
  /** Length of one slice of work before yielding, in ms. */
  readonly sliceMs?: number;
}

/** Cuts work into slices of `sliceMs`, yielding between them when the caller asked to. */
export class Slicer {
  private start = performance.now();

  constructor(private readonly options: SliceOptions) {}

  due(): boolean {
    return this.options.yieldControl !== undefined && performance.now() - this.start > (this.options.sliceMs ?? 12);
  }

  async pause(): Promise<void> {
    if (this.due() && this.options.yieldControl !== undefined) {
      await this.options.yieldControl();
      this.start = performance.now();
    }
  }

  /** Yields whether or not the slice is due (after work that cannot be cut into slices). */
  async yieldNow(): Promise<void> {
    if (this.options.yieldControl !== undefined) {
      await this.options.yieldControl();
      this.start = performance.now();
    }
  }
}

/**
 * Handles items that arrive from elsewhere (a worker's batches) on this thread, in slices: at once while the slice
 * lasts, else after a pause, in the order they came. Node hands every message waiting at a port to its listener in
 * one turn: a thread that fell behind its workers would otherwise handle them all in one block.
 */
export class SlicedIntake<T> {
  private readonly waiting: T[] = [];
  private draining: Promise<void> | undefined;
  /** What handling an item threw, kept for drained(): neither a port's listener nor a drain nobody awaits yet may throw it. */
  private failure: { readonly error: unknown } | undefined;

  constructor(private readonly slicer: Slicer, private readonly handle: (item: T) => void) {}

  take(item: T): void {
    if (this.draining === undefined && !this.slicer.due()) {
      try {
        this.handle(item);
      } catch (error) {
        this.failure ??= { error };
      }
    } else {
      this.waiting.push(item);
      this.draining ??= this.drain();
    }
  }

  /** Settles once every item taken so far is handled; rejects if handling one threw (the items after it are dropped). */
  async drained(): Promise<void> {
    while (this.draining !== undefined) await this.draining;
    const failure = this.failure;
    this.failure = undefined;
    if (failure !== undefined) throw failure.error;
  }

  /** Drops the items still waiting; settles once the one being handled, if any, is done. Never rejects. */
  async discard(): Promise<void> {
    this.waiting.length = 0;
    await this.drained().catch(() => undefined);
  }

  private async drain(): Promise<void> {
    try {
      for (let item = this.waiting.shift(); item !== undefined; item = this.waiting.shift()) {
        await this.slicer.pause();
        this.handle(item);
      }
    } catch (error) {
      this.failure ??= { error };
      this.waiting.length = 0;
    } finally {
      this.draining = undefined;
    }
  }
}

/** Chunks read at a time by `readHere`: enough for a remote file system to keep many reads in flight. */
export const chunkSize = 64;

/** `read` over `items`, `concurrency` at a time, a chunk at a time with a pause between chunks when due. */
export async function inChunks<T, R>(items: readonly T[], concurrency: number, read: (item: T) => Promise<R>, slicer: Slicer, onChunk?: (results: R[], chunk: readonly T[]) => void): Promise<R[]> {
  const all: R[] = [];
  for (let start = 0; start < items.length; start += chunkSize) {
    const chunk = items.slice(start, start + chunkSize);
    const results = concurrency <= 1 ? await inOrder(chunk, read) : await mapConcurrently(chunk, concurrency, read);
    onChunk?.(results, chunk);
    if (onChunk === undefined) all.push(...results);
    await slicer.pause();
  }
  return all;
}

async function inOrder<T, R>(items: readonly T[], read: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (const item of items) results.push(await read(item));
  return results;
}
