// The backup file: every saved document in one versioned JSON file, and the pure logic that
// checks an imported file and plans what importing it will change (replace or merge).
import * as z from "zod/mini";
import { decodeEnvelope, type DocumentSpec } from "./document.ts";

// Each object schema is built on first use (z.lazy); DocumentSpec.schema says why.

/** Marks a JSON file as a Handoff backup, so a random JSON file is turned away clearly. */
export const BACKUP_FORMAT = "handoff-backup";
/** The backup file's own version; bump it, and teach `readBackup` the old one, on any change. */
export const BACKUP_VERSION = 1;

/** The part of a recovery key after "handoff:recovery:": a document name, maybe ":<timestamp>". */
const RECOVERY_NAME = /^[a-z][a-z0-9-]{0,63}(:\d{1,16})?$/;

export const backupSchema = z.lazy(() =>
  z.object({
    /** Always "handoff-backup". */
    format: z.literal(BACKUP_FORMAT),
    /** The version of this file layout (not of the documents inside, which carry their own). */
    version: z.int().check(z.positive()),
    /** When the file was made, as an ISO 8601 date and time. */
    exportedAt: z.string(),
    /** Each document by name, in the same `{ version, data }` envelope it is stored in. */
    documents: z.record(z.string(), z.unknown()),
    /**
     * Damaged text that could not be read, kept so a backup loses nothing. Keyed by what follows
     * "handoff:recovery:" in its storage key: a document name, and a timestamp for later copies.
     * Any other key (such as "__proto__") marks a file that Handoff did not write.
     */
    recovery: z.optional(z.record(z.string().check(z.regex(RECOVERY_NAME)), z.string())),
  }),
);

export type Backup = z.infer<typeof backupSchema>;

/** A document spec whose data type is not known here: the backup handles every document. */
export type AnySpec = DocumentSpec<unknown>;

/** Makes the backup of the given documents' values. */
export function createBackup(
  documents: readonly { spec: AnySpec; value: unknown }[],
  recovery: Record<string, string>,
  exportedAt: string,
): Backup {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt,
    documents: Object.fromEntries(
      documents.map(({ spec, value }) => [spec.name, { version: spec.version, data: value }]),
    ),
  };
  if (Object.keys(recovery).length > 0) backup.recovery = recovery;
  return backup;
}

export function serializeBackup(backup: Backup): string {
  return `${JSON.stringify(backup, null, 2)}\n`;
}

/** The file name a backup is downloaded as, dated so several backups sort in order. */
export function backupFileName(exportedAt: string): string {
  return `handoff-backup-${exportedAt.slice(0, 10)}.json`;
}

/** A document in a backup that will not be imported, and why, in plain words. */
export interface SkippedDocument {
  name: string;
  reason: string;
}

export type ReadBackupResult =
  | {
      ok: true;
      exportedAt: string;
      /** Documents that passed their schema (older versions already upgraded), by name. */
      documents: Record<string, unknown>;
      skipped: SkippedDocument[];
      recovery: Record<string, string>;
    }
  | { ok: false; message: string };

/**
 * Checks a backup file's text. Never throws: a file that is not a Handoff backup gives a plain
 * message, and a single damaged document is skipped (and named) rather than sinking the file.
 */
export function readBackup(text: string, specs: readonly AnySpec[]): ReadBackupResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { ok: false, message: "This file is not a Handoff backup: it is not JSON text." };
  }
  const file = backupSchema.safeParse(parsed);
  if (!file.success) {
    return { ok: false, message: "This file is not a Handoff backup, or it has been changed." };
  }
  if (file.data.version > BACKUP_VERSION) {
    return {
      ok: false,
      message:
        "This backup was made by a newer version of Handoff. Reload the page to get the newest version, then try again.",
    };
  }
  const byName = new Map(specs.map((spec) => [spec.name, spec]));
  const documents: Record<string, unknown> = {};
  const skipped: SkippedDocument[] = [];
  for (const [name, envelope] of Object.entries(file.data.documents)) {
    const spec = byName.get(name);
    if (!spec) {
      skipped.push({ name, reason: "This version of Handoff does not know this part." });
      continue;
    }
    const result = decodeEnvelope(spec, envelope);
    if (result.status === "ok") documents[name] = result.value;
    else skipped.push({ name: spec.label, reason: result.detail });
  }
  return {
    ok: true,
    exportedAt: file.data.exportedAt,
    documents,
    skipped,
    recovery: file.data.recovery ?? {},
  };
}

/** JSON text with object keys sorted, so two equal values compare equal whatever their order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, item: unknown) =>
    item && typeof item === "object" && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/** What one document will become: the words the preview shows and the value to store. */
export interface DocumentChange {
  name: string;
  label: string;
  /**
   * "add": nothing here yet, the backup's copy comes in; "replace": the backup's copy replaces
   * this device's; "merge": both are combined; "clear": replace mode empties a document the
   * backup does not have; "keep": merge mode leaves it alone; "same": nothing would change.
   */
  action: "add" | "replace" | "merge" | "clear" | "keep" | "same";
  before: string;
  after: string;
  next: unknown;
}

export type ImportMode = "replace" | "merge";

function describe(spec: AnySpec, value: unknown): string {
  if (sameValue(value, spec.empty())) return "nothing yet";
  return spec.summarize ? spec.summarize(value) : "saved work";
}

/** Works out, for every known document, what importing `documents` in `mode` will do. */
export function planImport(
  specs: readonly AnySpec[],
  current: Record<string, unknown>,
  documents: Record<string, unknown>,
  mode: ImportMode,
): DocumentChange[] {
  return specs.map((spec) => {
    const before = current[spec.name] ?? spec.empty();
    const has = Object.hasOwn(documents, spec.name);
    const incoming = has ? documents[spec.name] : undefined;
    let next: unknown;
    let action: DocumentChange["action"];
    if (!has) {
      next = mode === "replace" ? spec.empty() : before;
      action = mode === "replace" ? "clear" : "keep";
    } else if (mode === "merge" && spec.merge) {
      next = spec.merge(before, incoming);
      action = "merge";
    } else {
      next = incoming;
      action = sameValue(before, spec.empty()) ? "add" : "replace";
    }
    if (action !== "keep" && sameValue(before, next)) action = "same";
    return {
      name: spec.name,
      label: spec.label,
      action,
      before: describe(spec, before),
      after: describe(spec, next),
      next,
    };
  });
}
