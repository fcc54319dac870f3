/**
 * Keys from a user's file set as plain data. A YAML, TOML or JSON reader gives `__proto__` as an ordinary key (as
 * every generator reads it); assigned with `obj[key] = value` it would replace the object's prototype instead, and
 * whatever the file put under it would then show through as the post's `published`, `tags`…
 */

/** Sets `key` on `target` (an object, or an array by index) as its own property, `__proto__` included. */
export function setOwn(target: Record<string, unknown> | unknown[], key: string | number, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  else (target as Record<string | number, unknown>)[key] = value;
}

/** Whether `target` has `key` itself (not `toString`, `constructor` or `__proto__` from Object.prototype). */
export function hasOwn(target: Readonly<Record<string, unknown>>, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(target, key);
}

/** The value of `target`'s own `key`; undefined for what only Object.prototype has. */
export function ownValue(target: Readonly<Record<string, unknown>>, key: string): unknown {
  return hasOwn(target, key) ? target[key] : undefined;
}
