// What the last restore replaced, so "Undo the restore" can give it back. Kept apart from the
// backup code so My plan can show the undo button without loading that code up front.
import { atom } from "nanostores";

/** The documents as they were before the last restore; null when there is nothing to undo. */
export const $lastImport = atom<{ before: Record<string, unknown>; at: string } | null>(null);
