// A storage engine for @nanostores/persistent that survives blocked or full localStorage.
// When the browser refuses to store, writes are kept in memory for this tab and
// $storageHealth says why, so the worksheets keep working and can tell the person.
// Store writes are saved a moment later, off the path from an edit to the screen.
import { atom } from "nanostores";
import { setPersistentEngine, windowPersistentEvents } from "@nanostores/persistent";

/** "ok": saved in the browser; "blocked": storage is off; "full": the browser refused a write. */
export type StorageHealth = "ok" | "blocked" | "full";

export const $storageHealth = atom<StorageHealth>("ok");

/** Values that could not be written to localStorage, kept so this tab still sees them. */
const memory = new Map<string, string>();

/**
 * Store writes waiting to be saved, newest value per key. Saving a large document can take the
 * browser several milliseconds, so an edit is drawn on screen first and saved just after that
 * frame is painted, or at once when the page is hidden, loses focus or closes.
 */
const pending = new Map<string, string>();

/**
 * The latest a write waits, for pages that paint no frames (a hidden tab draws nothing, so
 * its animation-frame callbacks wait until it is shown again).
 */
const LONGEST_WAIT_MS = 200;

let saveTimer: ReturnType<typeof setTimeout> | undefined;

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
  if (pending.has(key)) return pending.get(key);
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
  return !pending.has(key) && !memory.has(key) && readStoredRaw(key) !== undefined;
}

/** Writes `value` now; returns true when the browser saved it, false when it lives only in memory. */
export function writeRaw(key: string, value: string): boolean {
  pending.delete(key);
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
  pending.delete(key);
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
  const latest = pending.get(key) ?? memory.get(key);
  if (latest !== undefined) writeRaw(key, latest);
}

/** Saves every store write still waiting, now. */
function flushWrites(): void {
  clearTimeout(saveTimer);
  saveTimer = undefined;
  for (const [key, value] of [...pending]) writeRaw(key, value);
}

/** Keeps `value` as `key`'s current text at once and saves it once the next frame is painted. */
function deferWrite(key: string, value: string): void {
  pending.set(key, value);
  if (saveTimer !== undefined) return;
  saveTimer = setTimeout(flushWrites, LONGEST_WAIT_MS);
  // A task queued from an animation frame runs after that frame has been painted.
  if (typeof requestAnimationFrame === "function") {
    requestAnimationFrame(() => setTimeout(flushWrites, 0));
  }
}

/** Every Handoff key currently stored, in storage or (after failed writes) in memory. */
export function listKeys(prefix = "handoff:"): string[] {
  const keys = new Set(
    [...pending.keys(), ...memory.keys()].filter((key) => key.startsWith(prefix)),
  );
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
    if (typeof key === "string") deferWrite(key, String(value));
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
      if (event.key === null) {
        memory.clear();
        pending.clear();
      } else if (!held.has(event.key)) {
        memory.delete(event.key);
        // The store is about to show the other tab's text; saving this tab's older value
        // afterwards would overwrite it. A write waits one frame at most, and leaving this
        // tab to edit in another one saves it at once, so no edit of a person's is lost here.
        pending.delete(event.key);
      }
    },
    { capture: true },
  );
  // A page that is hidden, loses focus or is closed may never run its timer again.
  addEventListener("pagehide", flushWrites);
  addEventListener("blur", flushWrites);
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "hidden") flushWrites();
  });
  // Detect blocked storage up front (a read that throws) so the notice shows before any edit.
  if (!backend()) markUnhealthy("blocked");
  else readRaw("handoff:probe");
  setPersistentEngine(engine, windowPersistentEvents);
}
