import type { IndexStore } from '../src/platform/indexStore';

/**
 * A persisted index that has nothing yet (a first open) and keeps nothing. The editor always keeps one, so a build
 * given this one reads as the editor's first build does: every file stat'ed for the index it would save.
 */
export const firstOpenStore: IndexStore = { load: () => Promise.resolve(undefined), save: () => Promise.resolve() };
