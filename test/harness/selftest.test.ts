import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { test } from 'node:test';
import { repoRoot } from './paths';
import { run } from './processes';

/** The harness must turn a failing host test into a failing command, or a green run would prove nothing. */
test('a failing host test makes `npm run test:host` fail', async () => {
  const result = await run(process.execPath, [path.join(repoRoot, 'out', 'test', 'harness', 'hostMain.js')], {
    env: {
      ...process.env,
      POSTCRAFT_HOSTS: 'oldest',
      POSTCRAFT_HOST_SUITE: path.join(repoRoot, 'out', 'test', 'harness', 'failing', 'index.js'),
    },
  });
  assert.notEqual(result.code, 0, `the command exited 0:\n${result.output}`);
  assert.match(result.output, /1 passed, 1 failed/);
  assert.match(result.output, /this assertion is meant to fail/);
});
