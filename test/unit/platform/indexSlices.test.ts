import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { SlicedIntake, Slicer } from '../../../src/platform/indexSlices';

/** A caller's yield that counts its turns. */
function counted(): { yieldControl: () => Promise<void>; turns: () => number } {
  let turns = 0;
  return {
    yieldControl: () => new Promise<void>((resolve) => setImmediate(() => {
      turns++;
      resolve();
    })),
    turns: () => turns,
  };
}

test('items that come while the slice lasts are handled at once, in order', async () => {
  const caller = counted();
  const slicer = new Slicer({ yieldControl: caller.yieldControl, sliceMs: 60_000 });
  const handled: number[] = [];
  const intake = new SlicedIntake<number>(slicer, (n) => handled.push(n));
  for (const n of [1, 2, 3]) intake.take(n);
  assert.deepEqual(handled, [1, 2, 3]);
  await intake.drained();
  assert.equal(caller.turns(), 0);
});

test('items that come once the slice is over wait for a yield, then are handled in the order they came', async () => {
  const caller = counted();
  const slicer = new Slicer({ yieldControl: caller.yieldControl, sliceMs: 0 });
  const handled: number[] = [];
  const intake = new SlicedIntake<number>(slicer, (n) => {
    handled.push(n);
    // Each item outlasts a slice of 0 ms.
    const until = performance.now() + 1;
    while (performance.now() < until) { /* busy */ }
  });
  await new Promise((resolve) => setTimeout(resolve, 2));
  for (const n of [1, 2, 3]) intake.take(n);
  assert.deepEqual(handled, [], 'nothing is handled in the turn that brought the items');
  await new Promise<void>((resolve) => setImmediate(resolve));
  intake.take(4);
  await intake.drained();
  assert.deepEqual(handled, [1, 2, 3, 4]);
  assert.ok(caller.turns() >= 4, `a yield before each item (${caller.turns()})`);
});

test('without a caller to yield to, every item is handled at once', async () => {
  const handled: number[] = [];
  const intake = new SlicedIntake<number>(new Slicer({}), (n) => handled.push(n));
  for (const n of [1, 2]) intake.take(n);
  assert.deepEqual(handled, [1, 2]);
  await intake.drained();
});

test('an item whose handling throws rejects drained() even when it is called later, and the next item is handled afresh', async () => {
  const slicer = new Slicer({ yieldControl: () => new Promise<void>((resolve) => setImmediate(resolve)), sliceMs: 0 });
  const handled: number[] = [];
  const intake = new SlicedIntake<number>(slicer, (n) => {
    if (n === 1) throw new Error('bad batch');
    handled.push(n);
  });
  await new Promise((resolve) => setTimeout(resolve, 2));
  intake.take(1);
  intake.take(3);
  // The drain fails while nobody awaits it: no unhandled rejection (the test runner would fail the file on one).
  await new Promise((resolve) => setTimeout(resolve, 20));
  await assert.rejects(intake.drained(), /bad batch/);
  await intake.drained();
  await new Promise((resolve) => setTimeout(resolve, 2));
  intake.take(2);
  await intake.drained();
  assert.deepEqual(handled, [2]);
});

test('an item that throws while handled at once does not throw into the caller (a port\'s listener): drained() rejects', async () => {
  const slicer = new Slicer({ yieldControl: () => new Promise<void>((resolve) => setImmediate(resolve)), sliceMs: 60_000 });
  const intake = new SlicedIntake<number>(slicer, (n) => {
    if (n === 1) throw new Error('bad batch');
  });
  assert.doesNotThrow(() => intake.take(1));
  await assert.rejects(intake.drained(), /bad batch/);
  await intake.drained();
});

test('discard() drops what waits and settles once the item being handled is done', async () => {
  const slicer = new Slicer({ yieldControl: () => new Promise<void>((resolve) => setImmediate(resolve)), sliceMs: 0 });
  const handled: number[] = [];
  const intake = new SlicedIntake<number>(slicer, (n) => handled.push(n));
  await new Promise((resolve) => setTimeout(resolve, 2));
  for (const n of [1, 2, 3]) intake.take(n);
  await intake.discard();
  assert.ok(handled.length <= 1, `at most the item already taken from the queue: ${handled.join(',')}`);
  await intake.drained();
  const before = handled.length;
  await new Promise((resolve) => setTimeout(resolve, 10));
  assert.equal(handled.length, before, 'nothing is handled after');
});
