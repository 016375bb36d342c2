// A storage engine for @nanostores/persistent that survives blocked or full localStorage.
// When the browser refuses to store, writes are kept in memory for this tab and
// $storageHealth says why, so the worksheets keep working and can tell the person.
import { atom } from "nanostores";
import { setPersistentEngine, windowPersistentEvents } from "@nanostores/persistent";

/** "ok": saved in the browser; "blocked": storage is off; "full": the browser refused a write. */
export type StorageHealth = "ok" | "blocked" | "full";

export const $storageHealth = atom<StorageHealth>("ok");

/** Values that could not be written to localStorage, kept so this tab still sees them. */
const memory = new Map<string, string>();

/**
 * Keys whose stored text must not be replaced yet (damaged text whose recovery copy could not
 * be saved). Writes to them stay in memory until the person decides what to do.
 */
const held = new Set<string>();

function backend(): Storage | undefined {
  try {
    // Reading the property itself throws in some privacy modes; so does a sandboxed iframe.
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

function markUnhealthy(health: Exclude<StorageHealth, "ok">): void {
  // "blocked" is the stronger statement: nothing is saved at all, so it wins over "full".
  if ($storageHealth.get() !== "blocked") $storageHealth.set(health);
}

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException && (/quota/i.test(error.name) || /quota/i.test(error.message))
  );
}

export function readRaw(key: string): string | undefined {
  if (memory.has(key)) return memory.get(key);
  try {
    return backend()?.getItem(key) ?? undefined;
  } catch {
    markUnhealthy("blocked");
    return undefined;
  }
}

/** The text the browser itself holds for `key`, ignoring this tab's in-memory copies. */
export function readStoredRaw(key: string): string | undefined {
  try {
    return backend()?.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Whether `key`'s current value is really saved in the browser, not only in this tab. */
export function isPersisted(key: string): boolean {
  return !memory.has(key) && readStoredRaw(key) !== undefined;
}

/** Writes `value`; returns true when the browser saved it, false when it lives only in memory. */
export function writeRaw(key: string, value: string): boolean {
  const storage = backend();
  if (!storage) {
    memory.set(key, value);
    markUnhealthy("blocked");
    return false;
  }
  if (held.has(key)) {
    memory.set(key, value);
    return false;
  }
  try {
    storage.setItem(key, value);
    memory.delete(key);
    // Space was freed (or the damage was elsewhere): once nothing waits in memory, all is saved.
    if (memory.size === 0 && $storageHealth.get() === "full") $storageHealth.set("ok");
    return true;
  } catch (error) {
    memory.set(key, value);
    markUnhealthy(isQuotaError(error) ? "full" : "blocked");
    return false;
  }
}

export function removeRaw(key: string): void {
  memory.delete(key);
  try {
    backend()?.removeItem(key);
  } catch {
    markUnhealthy("blocked");
  }
}

/** Keeps the browser's copy of `key` as it is: later writes stay in this tab's memory. */
export function holdKey(key: string): void {
  held.add(key);
}

/** Lets writes to `key` reach the browser again, saving this tab's latest value if any. */
export function releaseKey(key: string): void {
  held.delete(key);
  const pending = memory.get(key);
  if (pending !== undefined) writeRaw(key, pending);
}

/** Every Handoff key currently stored, in storage or (after failed writes) in memory. */
export function listKeys(prefix = "handoff:"): string[] {
  const keys = new Set([...memory.keys()].filter((key) => key.startsWith(prefix)));
  try {
    const storage = backend();
    for (let i = 0; storage && i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(prefix)) keys.add(key);
    }
  } catch {
    markUnhealthy("blocked");
  }
  return [...keys].sort();
}

/**
 * The object @nanostores/persistent reads and writes as if it were localStorage. A Proxy keeps
 * its property-style access while routing every call through the guarded functions above.
 */
const engine = new Proxy({} as Record<string, string>, {
  get: (_, key) => (typeof key === "string" ? readRaw(key) : undefined),
  set: (_, key, value) => {
    if (typeof key === "string") writeRaw(key, String(value));
    return true;
  },
  deleteProperty: (_, key) => {
    if (typeof key === "string") removeRaw(key);
    return true;
  },
  has: (_, key) => typeof key === "string" && readRaw(key) !== undefined,
});

if (typeof window !== "undefined") {
  // Another tab's write reached the browser, so it is newer than anything this tab kept in
  // memory for that key. This listener is added before any store's, so they read fresh text.
  window.addEventListener(
    "storage",
    (event) => {
      if (event.key === null) memory.clear();
      else if (!held.has(event.key)) memory.delete(event.key);
    },
    { capture: true },
  );
  // Detect blocked storage up front (a read that throws) so the notice shows before any edit.
  if (!backend()) markUnhealthy("blocked");
  else readRaw("handoff:probe");
  setPersistentEngine(engine, windowPersistentEvents);
}
