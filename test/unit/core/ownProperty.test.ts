// Keys from a user's file set as data: `__proto__` stays an own key, never a prototype; arrays are set by index.
import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasOwn, ownValue, setOwn } from '../../../src/core/ownProperty';

describe('ownProperty', () => {
  it('sets __proto__ as an own, enumerable key without touching the prototype', () => {
    const target: Record<string, unknown> = {};
    setOwn(target, '__proto__', { published: false });
    assert.equal(Object.getPrototypeOf(target), Object.prototype);
    assert.deepEqual(Object.keys(target), ['__proto__']);
    assert.deepEqual(ownValue(target, '__proto__'), { published: false });
    assert.equal(target['published'], undefined);
  });

  it('sets ordinary keys, and keys Object.prototype has, as own keys in order', () => {
    const target: Record<string, unknown> = {};
    setOwn(target, 'title', 'a');
    setOwn(target, 'constructor', 'b');
    setOwn(target, 'title', 'c');
    assert.deepEqual(Object.entries(target), [['title', 'c'], ['constructor', 'b']]);
    assert.ok(hasOwn(target, 'constructor'));
    assert.equal(hasOwn({}, 'toString'), false);
    assert.equal(ownValue({}, 'toString'), undefined);
  });

  it('sets an array by index, filling a preallocated array', () => {
    const target = new Array<unknown>(2);
    setOwn(target, 1, 'b');
    setOwn(target, 0, 'a');
    assert.deepEqual(target, ['a', 'b']);
    const descriptor = Object.getOwnPropertyDescriptor(target, 0);
    assert.deepEqual(descriptor, { value: 'a', writable: true, enumerable: true, configurable: true });
  });
});
