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

export function readRaw(key: string): string | undefined {
  if (memory.has(key)) return memory.get(key);
  try {
    return backend()?.getItem(key) ?? undefined;
  } catch {
    markUnhealthy("blocked");
    return undefined;
  }
}

export function writeRaw(key: string, value: string): void {
  const storage = backend();
  if (!storage) {
    memory.set(key, value);
    markUnhealthy("blocked");
    return;
  }
  try {
    storage.setItem(key, value);
    memory.delete(key);
  } catch (error) {
    memory.set(key, value);
    markUnhealthy(error instanceof DOMException && /quota/i.test(error.name) ? "full" : "blocked");
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

// In the browser, detect blocked storage up front so the notice shows before the first edit.
if (typeof window !== "undefined") {
  if (!backend()) markUnhealthy("blocked");
  setPersistentEngine(engine, windowPersistentEvents);
}
