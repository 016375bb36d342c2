// Creates the store for one persisted document: read through its schema, written as a
// versioned envelope, kept in step across tabs, and never thrown away when it cannot be read.
import { map, type WritableAtom } from "nanostores";
import { persistentAtom } from "@nanostores/persistent";
import {
  decodeDocument,
  encodeDocument,
  recoveryKey,
  storageKey,
  type DocumentSpec,
  type Problem,
} from "../lib/storage/document.ts";
import { readRaw, writeRaw } from "./storage-engine.ts";

/** A document whose stored text could not be used, waiting for the person to decide. */
export interface DataProblem {
  name: string;
  label: string;
  problem: Problem;
  detail: string;
  /** Where the untouched raw text is kept. */
  recoveryKey: string;
}

/** Problems found while reading documents, by document name; the notice island shows them. */
export const $dataProblems = map<Record<string, DataProblem>>({});

/** Every document created on this page, so backup and "forget everything" can reach them all. */
export const documentRegistry = new Map<
  string,
  { spec: DocumentSpec<unknown>; store: WritableAtom<unknown> }
>();

/**
 * Keeps the raw text under the recovery key. An existing copy is never overwritten: if a
 * different damaged text turns up later, it gets its own key with a timestamp.
 */
function keepRaw(name: string, raw: string): string {
  const key = recoveryKey(name);
  const existing = readRaw(key);
  if (existing === undefined || existing === raw) {
    writeRaw(key, raw);
    return key;
  }
  const dated = `${key}:${Date.now()}`;
  writeRaw(dated, raw);
  return dated;
}

export function persistedDocument<T>(spec: DocumentSpec<T>): WritableAtom<T> {
  const decode = (raw: string): T => {
    const result = decodeDocument(spec, raw);
    if (result.status === "problem") {
      $dataProblems.setKey(spec.name, {
        name: spec.name,
        label: spec.label,
        problem: result.problem,
        detail: result.detail,
        recoveryKey: keepRaw(spec.name, result.raw),
      });
    }
    return result.value;
  };
  const store = persistentAtom<T>(storageKey(spec.name), spec.empty(), {
    encode: (value) => encodeDocument(spec, value),
    decode,
    listen: true,
  });
  documentRegistry.set(spec.name, {
    spec: spec as DocumentSpec<unknown>,
    store: store as WritableAtom<unknown>,
  });
  return store;
}
