// `node:assert/strict` in the web host suite's bundle (scripts/build-web-tests.mjs): for the browser, esbuild
// resolves `assert` to the npm package of that name, Node's assert written for browsers.
import { strict } from 'assert';

export = strict;
