import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { SlicedIntake, Slicer } from '../../../src/platform/indexSlices';

/** A slice that is over before it starts: every item after the first turn waits for a yield, whatever the clock says. */
const alwaysOver = -1;

/** The next turn of the event loop: every promise settled in this one has run its callbacks. */
const nextTurn = (): Promise<void> => new Promise<void>((resolve) => setImmediate(resolve));

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
  const slicer = new Slicer({ yieldControl: caller.yieldControl, sliceMs: alwaysOver });
  const handled: number[] = [];
  const intake = new SlicedIntake<number>(slicer, (n) => handled.push(n));
  for (const n of [1, 2, 3]) intake.take(n);
  assert.deepEqual(handled, [], 'nothing is handled in the turn that brought the items');
  await nextTurn();
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
  const slicer = new Slicer({ yieldControl: nextTurn, sliceMs: alwaysOver });
  const handled: number[] = [];
  const intake = new SlicedIntake<number>(slicer, (n) => {
    if (n === 1) throw new Error('bad batch');
    handled.push(n);
  });
  intake.take(1);
  intake.take(3);
  // The drain fails while nobody awaits it (a turn for its yield, one for what follows): no unhandled rejection,
  // which the test runner would fail the file on.
  await nextTurn();
  await nextTurn();
  await assert.rejects(intake.drained(), /bad batch/);
  await intake.drained();
  intake.take(2);
  await intake.drained();
  assert.deepEqual(handled, [2]);
});

test('an item that throws while handled at once does not throw into the caller (a port\'s listener): drained() rejects', async () => {
  const slicer = new Slicer({ yieldControl: nextTurn, sliceMs: 60_000 });
  const intake = new SlicedIntake<number>(slicer, (n) => {
    if (n === 1) throw new Error('bad batch');
  });
  assert.doesNotThrow(() => intake.take(1));
  await assert.rejects(intake.drained(), /bad batch/);
  await intake.drained();
});

test('discard() drops what waits and settles once the item being handled is done', async () => {
  const slicer = new Slicer({ yieldControl: nextTurn, sliceMs: alwaysOver });
  const handled: number[] = [];
  const intake = new SlicedIntake<number>(slicer, (n) => handled.push(n));
  for (const n of [1, 2, 3]) intake.take(n);
  await intake.discard();
  // The drain had taken 1 from the queue and waits for its yield when 2 and 3 are dropped.
  assert.deepEqual(handled, [1]);
  await nextTurn();
  await nextTurn();
  assert.deepEqual(handled, [1], 'nothing is handled after');
});
