/**
 * A readonly type made writable, for an object built in steps: its fields first, then its optional ones only
 * where they have a value. In this V8 a conditional spread (`...(x === undefined ? {} : { x })`) in an object
 * literal costs several times the rest of the literal, and most of them run once per post.
 */
export type Writable<T> = { -readonly [K in keyof T]: T[K] };
