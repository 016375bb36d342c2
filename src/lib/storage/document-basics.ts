// What a page knows about a persisted document before it reads anything saved: its key, version
// and empty state. No schema here, so a first visit, with nothing saved, never loads zod.

/**
 * The parts of a document a store needs to start: where it is kept and what a person starts
 * with. Its full `DocumentSpec` (document.ts) adds the schema, loaded once there is text to read.
 * `T` is the shape of the current version's data.
 */
export interface DocumentBasics<T> {
  /** Short name, unique per document; the storage key is "handoff:<name>". */
  name: string;
  /** Human words for notices, e.g. "task matrix". */
  label: string;
  /** The current schema version. Bump it, and add a migration, whenever the shape changes. */
  version: number;
  /** The data a person starts with: must pass the document's schema. */
  empty: () => T;
}

export function storageKey(name: string): string {
  return `handoff:${name}`;
}

/** Where the raw text of a document that could not be read is kept until the person decides. */
export function recoveryKey(name: string): string {
  return `handoff:recovery:${name}`;
}

/** The stored text of `value`: the versioned envelope that `decodeDocument` reads back. */
export function encodeDocument<T>(basics: DocumentBasics<T>, value: T): string {
  return JSON.stringify({ version: basics.version, data: value });
}
