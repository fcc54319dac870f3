// Text built to make a backtracking pattern scan the same characters again from every position (an opener that is
// never closed, repeated a hundred thousand times) must not freeze anything that reads a post: the site index (word
// counts and excerpts included), lint, and the preview of both dialects. Each case would take minutes with a
// quadratic pattern (40,000 lines of ``` took 12 s in the word count, 10,000 empty Hugo headings 4 s, before they
// were made linear). The reading runs in a worker thread, so that a hang is a failure at the timeout rather than
// a test run that never ends; the timeout says nothing about speed, which `bench/` measures. It is far above what a
// linear reading takes on a machine loaded several times over (the slowest case, 100,000 empty headings previewed,
// took 35 s at a load of 15 on 2 cores), and far below what a quadratic one takes.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { after, describe, it } from 'node:test';
import { Worker } from 'node:worker_threads';
import { CASES } from './pathologicalCases';
import type { CaseResult } from './pathologicalCases';

const worker = new Worker(path.join(__dirname, 'pathologicalCases.js'));
const results = new Map<string, CaseResult>();
const waiting = new Map<string, (result: CaseResult) => void>();
worker.on('message', (result: CaseResult) => {
  results.set(result.name, result);
  waiting.get(result.name)?.(result);
});
const resultOf = (name: string): Promise<CaseResult> =>
  new Promise((resolve) => {
    const done = results.get(name);
    if (done !== undefined) resolve(done);
    else waiting.set(name, resolve);
  });

describe('pathological text reads in linear time everywhere a post is read', () => {
  after(() => worker.terminate());
  for (const name of CASES) {
    it(name, { timeout: 180_000 }, async () => {
      const result = await resultOf(name);
      assert.equal(result.error, undefined, result.error);
    });
  }
});
