// Backup, undo and "forget everything" over every saved document, for My plan and the storage
// notices (restoring a file is in restore.ts, loaded when a file is chosen).
import { $lastImport } from "./last-import.ts";
import {
  backupFileName,
  createBackup,
  serializeBackup,
  type AnySpec,
  type Backup,
} from "../lib/storage/backup.ts";
import { recoveryKey, storageKey } from "../lib/storage/document-basics.ts";
import { documentRegistry, $dataProblems } from "./persisted-document.ts";
import { listKeys, readRaw, removeRaw } from "./storage-engine.ts";
import { downloadFile } from "../islands/download-file.ts";
// Importing every document's store puts each in the registry, which knows how to load its full
// spec: a new worksheet's store is added to this list and nothing else.
import "./checklists.ts";
import "./matrix.ts";
import "./progress.ts";
import "./quiz.ts";
import "./settings.ts";

// Backups and restores check every document, so their schemas load with this module.
const specs: AnySpec[] = await Promise.all(
  [...documentRegistry.values()].map((entry) => entry.loadSpec()),
);

/** The start of every recovery key: "handoff:recovery:". */
export const RECOVERY_PREFIX = recoveryKey("");

/** The specs of every document this build knows. */
export function knownSpecs(): AnySpec[] {
  return specs;
}

/** Every document's current value, by name. */
export function currentDocuments(): Record<string, unknown> {
  return Object.fromEntries(
    [...documentRegistry.values()].map(({ basics, store }) => [basics.name, store.get()]),
  );
}

/** Damaged texts kept under recovery keys, by the rest of their key. */
function recoveryTexts(): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const key of listKeys(RECOVERY_PREFIX)) {
    const text = readRaw(key);
    if (text !== undefined) texts[key.slice(RECOVERY_PREFIX.length)] = text;
  }
  return texts;
}

export function makeBackup(now = new Date()): Backup {
  const documents = specs.map((spec) => ({
    spec,
    value: documentRegistry.get(spec.name)?.store.get() ?? spec.empty(),
  }));
  return createBackup(documents, recoveryTexts(), now.toISOString());
}

/** Downloads a backup of everything on this device. */
export function downloadBackup(): void {
  const backup = makeBackup();
  downloadFile(backupFileName(backup.exportedAt), serializeBackup(backup));
}

/** Writes documents to their stores. */
export function writeDocuments(values: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(values)) documentRegistry.get(name)?.store.set(value);
}

export { $lastImport };

export function undoImport(): void {
  const last = $lastImport.get();
  if (!last) return;
  writeDocuments(last.before);
  $lastImport.set(null);
}

/**
 * Deletes every Handoff key in this browser: saved documents, damaged-text copies and the
 * theme choice. The stores go back to empty, and other open tabs follow.
 */
export function forgetEverything(): void {
  for (const { basics, store } of documentRegistry.values()) {
    store.set(basics.empty());
    removeRaw(storageKey(basics.name));
  }
  for (const key of listKeys()) removeRaw(key);
  $dataProblems.set({});
  $lastImport.set(null);
}
