// Restoring a backup file: a preview against what is on this device, then applying it in a
// way that "Undo the restore" can take back. Loaded only when the person chooses a file.
import {
  planImport,
  readBackup,
  type DocumentChange,
  type ImportMode,
} from "../lib/storage/backup.ts";
import {
  $lastImport,
  currentDocuments,
  knownSpecs,
  RECOVERY_PREFIX,
  writeDocuments,
} from "./backup.ts";
import { readRaw, writeRaw } from "./storage-engine.ts";

/** Checks a backup file's text against every document this build knows. */
export function readBackupFile(text: string) {
  return readBackup(text, knownSpecs());
}

/** Plans a restore against what is on this device now. */
export function previewImport(documents: Record<string, unknown>, mode: ImportMode) {
  return planImport(knownSpecs(), currentDocuments(), documents, mode);
}

/** Applies a planned restore; keeps what it replaced so `undoImport` can give it back. */
export function applyImport(changes: DocumentChange[], recovery: Record<string, string>): void {
  // Only what changes is written, and only that is kept for undo, so documents the restore
  // leaves alone are not rewritten (or created) by either step.
  const changed = changes.filter((change) => change.action !== "same" && change.action !== "keep");
  const current = currentDocuments();
  const before = Object.fromEntries(changed.map((c) => [c.name, current[c.name]]));
  writeDocuments(Object.fromEntries(changed.map((c) => [c.name, c.next])));
  // Damaged text from the backup comes back under its recovery key, never over another copy.
  for (const [name, text] of Object.entries(recovery)) {
    const key = `${RECOVERY_PREFIX}${name}`;
    if (readRaw(key) === undefined) writeRaw(key, text);
  }
  $lastImport.set({ before, at: new Date().toISOString() });
}
