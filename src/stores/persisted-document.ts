// Creates the store for one persisted document: read through its schema, written as a
// versioned envelope, kept in step across tabs, and never thrown away when it cannot be read.
import { map, type WritableAtom } from "nanostores";
import { persistentAtom } from "@nanostores/persistent";
import type { DecodeResult, DocumentSpec, Problem } from "../lib/storage/document.ts";
import {
  encodeDocument,
  recoveryKey,
  storageKey,
  type DocumentBasics,
} from "../lib/storage/document-basics.ts";
import { loadOnce } from "../lib/load-once.ts";
import {
  holdKey,
  readRaw,
  readStoredRaw,
  releaseKey,
  removeRaw,
  writeRaw,
} from "./storage-engine.ts";

/** A document whose stored text could not be used, waiting for the person to decide. */
export interface DataProblem {
  name: string;
  label: string;
  problem: Problem;
  detail: string;
  /** Where the untouched raw text is kept. */
  recoveryKey: string;
  /**
   * Whether the browser itself holds the recovery copy. When it could not (storage full or
   * blocked), the damaged text stays under the document's own key, untouched, and edits stay
   * in memory until the person downloads or discards it.
   */
  recoverySaved: boolean;
}

/** Problems found while reading documents, by document name; the notice island shows them. */
export const $dataProblems = map<Record<string, DataProblem>>({});

/**
 * Documents whose saved text is kept unopened, by name, with the words for each: the code that
 * checks it (its schema) did not load, so the text could be neither shown nor safely replaced.
 */
export const $unopenedDocuments = map<Record<string, string>>({});

/** One registered document: its basics, its store, and how to load its full spec. */
export interface RegisteredDocument {
  basics: DocumentBasics<unknown>;
  store: WritableAtom<unknown>;
  /** Loads the schema and upgrades (and zod with them), for a backup or a restore. */
  loadSpec: () => Promise<DocumentSpec<unknown>>;
}

/** Every document created on this page, so backup and "forget everything" can reach them all. */
export const documentRegistry = new Map<string, RegisteredDocument>();

/** Damaged raw text by recovery key, also kept here so a download works even when storage fails. */
const recoveredText = new Map<string, string>();

/**
 * Keeps the raw text under the recovery key. An existing copy is never overwritten: if a
 * different damaged text turns up later, it gets its own key with a timestamp.
 */
function keepRaw(name: string, raw: string): { key: string; saved: boolean } {
  const base = recoveryKey(name);
  const existing = readRaw(base);
  const key = existing === undefined || existing === raw ? base : `${base}:${Date.now()}`;
  recoveredText.set(key, raw);
  const saved = writeRaw(key, raw);
  // Without a saved copy, the document's own key is the only place the text survives a reload.
  if (!saved) holdKey(storageKey(name));
  return { key, saved };
}

/** Whether the browser (or this tab, when storage refuses) holds text for document `name`. */
export function hasSavedText(name: string): boolean {
  return readRaw(storageKey(name)) !== undefined;
}

/**
 * Creates the store for one document. Its schema, and zod with it, is loaded only when there is
 * saved text to read, so a first visit never downloads or runs the validation library. With text
 * saved, the store is ready once the schema has loaded: stores are created with top-level
 * `await`, so an island shows nothing unchecked in the meantime.
 */
export async function persistedDocument<T>(
  basics: DocumentBasics<T>,
  loadSpec: () => Promise<DocumentSpec<T>>,
): Promise<WritableAtom<T>> {
  const key = storageKey(basics.name);
  // The decoder is imported here, not at the top, so that zod stays out of the page's bundle.
  const decoder = loadOnce(() =>
    Promise.all([loadSpec(), import("../lib/storage/document.ts")]).then(
      ([spec, { decodeDocument }]) =>
        (raw: string): DecodeResult<T> =>
          decodeDocument(spec, raw),
    ),
  );
  let unopened = false;
  // Offline, or a newer deploy removed the file: the saved text cannot be checked. It is held as
  // it is (edits stay in this tab), the store shows what it has and the notice says why.
  const keepUnopened = () => {
    unopened = true;
    holdKey(key);
    $unopenedDocuments.setKey(basics.name, basics.label);
  };
  if (hasSavedText(basics.name)) await decoder.load().catch(keepUnopened);

  // persistentAtom reads the saved text as it is created, before there is a store to ask.
  let store: WritableAtom<T> | undefined;
  const shown = () => store?.get() ?? basics.empty();
  const decode = (raw: string): T => {
    if (unopened) return shown();
    const read = decoder.loaded();
    if (!read) {
      // Text saved after this page loaded (by another tab) came before the schema: the store
      // keeps what it shows until the schema is here, then reads the latest text the same way.
      void decoder.load().then(() => {
        const latest = readRaw(key);
        if (latest !== undefined) store?.set(decode(latest));
      }, keepUnopened);
      return shown();
    }
    const result = read(raw);
    if (result.status === "problem") {
      const kept = keepRaw(basics.name, result.raw);
      $dataProblems.setKey(basics.name, {
        name: basics.name,
        label: basics.label,
        problem: result.problem,
        detail: result.detail,
        recoveryKey: kept.key,
        recoverySaved: kept.saved,
      });
    }
    return result.value;
  };
  store = persistentAtom<T>(key, basics.empty(), {
    encode: (value) => encodeDocument(basics, value),
    decode,
    listen: true,
  });
  documentRegistry.set(basics.name, {
    basics: basics as DocumentBasics<unknown>,
    store: store as WritableAtom<unknown>,
    loadSpec: loadSpec as () => Promise<DocumentSpec<unknown>>,
  });
  return store;
}

/** The damaged text behind a problem, for the "Download the saved text" button. */
export function recoveryText(problem: DataProblem): string {
  return recoveredText.get(problem.recoveryKey) ?? readRaw(problem.recoveryKey) ?? "";
}

/**
 * The person has decided to let the damaged text go: deletes the recovery copy and, if the
 * document's own key still holds the damaged text, replaces it with what is on screen now.
 */
export function discardProblem(name: string): void {
  const problem = $dataProblems.get()[name];
  if (!problem) return;
  const key = storageKey(name);
  const damaged = recoveryText(problem);
  releaseKey(key);
  const entry = documentRegistry.get(name);
  if (entry && readStoredRaw(key) === damaged) entry.store.set(entry.store.get());
  removeRaw(problem.recoveryKey);
  recoveredText.delete(problem.recoveryKey);
  $dataProblems.setKey(name, undefined);
}
