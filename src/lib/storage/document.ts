// Encodes and decodes a persisted document: a versioned JSON envelope checked by its schema.
// Pure logic with no browser APIs, so every recovery path can be tested on its own.
import * as z from "zod/mini";
import type { DocumentBasics } from "./document-basics.ts";

/**
 * Everything the data layer needs to know about one persisted document: its basics plus the
 * schema and migrations that read saved text. `T` is the shape of the current version's data.
 * Stores load a spec only when there is saved text to read; see `persistedDocument`.
 */
export interface DocumentSpec<T> extends DocumentBasics<T> {
  /**
   * Validates the current version's data. Use zod/mini so the browser bundle stays small, and
   * wrap each object schema in `z.lazy` so it is built when first used. Building them all as
   * the modules load was among the costliest steps of a worksheet page's first render.
   */
  schema: z.ZodMiniType<T>;
  /**
   * Upgrades data one version at a time: `migrations[n]` takes version n's data to n + 1.
   * Each must be a pure function; they are tested with fixtures of old versions.
   */
  migrations?: Record<number, (data: unknown) => unknown>;
  /**
   * A few plain words on what a document holds, e.g. "4 tasks", for the backup preview.
   * Without it the preview only says whether the document has anything in it.
   */
  summarize?: (value: T) => string;
  /**
   * Combines this device's document with one from a backup when the person chooses "merge".
   * Without it, the backup's copy of this document replaces this device's copy.
   */
  merge?: (current: T, incoming: T) => T;
}

/** The envelope every document is stored in. */
export const envelopeSchema = z.lazy(() =>
  z.object({
    /** Which schema version `data` was written with. */
    version: z.int().check(z.positive()),
    /** The document itself, checked against the schema of `version` after migration. */
    data: z.unknown(),
  }),
);

/** Why stored text could not be used; each has its own plain-words notice. */
export type Problem = "unreadable" | "invalid" | "newer-version";

export type DecodeResult<T> =
  | { status: "empty"; value: T }
  | { status: "ok"; value: T; migratedFrom?: number }
  | { status: "problem"; value: T; problem: Problem; raw: string; detail: string };

/** Result of checking an already-parsed envelope, as found in a backup file. */
export type EnvelopeResult<T> =
  | { status: "ok"; value: T; migratedFrom?: number }
  | { status: "problem"; problem: Problem; detail: string };

/** One line per schema issue, "where: what", short enough for a notice's details. */
function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join(".") || "(top)"}: ${issue.message}`)
    .join("\n");
}

/**
 * Checks a parsed envelope `{ version, data }` against the spec, upgrading older versions.
 * Never throws: a broken migration or a schema that rejects the data gives a problem.
 */
export function decodeEnvelope<T>(spec: DocumentSpec<T>, parsed: unknown): EnvelopeResult<T> {
  const fail = (problem: Problem, detail: string): EnvelopeResult<T> => ({
    status: "problem",
    problem,
    detail,
  });
  const envelope = envelopeSchema.safeParse(parsed);
  if (!envelope.success) return fail("invalid", "The saved data has no version number.");
  const { version } = envelope.data;
  if (version > spec.version) {
    return fail(
      "newer-version",
      `Saved by a newer version (${version}) than this page knows (${spec.version}).`,
    );
  }

  let data = envelope.data.data;
  try {
    for (let from = version; from < spec.version; from++) {
      const migrate = spec.migrations?.[from];
      if (!migrate) return fail("invalid", `No way to upgrade version ${from} data.`);
      data = migrate(data);
    }
    const result = spec.schema.safeParse(data);
    if (!result.success) return fail("invalid", describeIssues(result.error.issues));
    return version === spec.version
      ? { status: "ok", value: result.data }
      : { status: "ok", value: result.data, migratedFrom: version };
  } catch {
    // A migration or a custom check that throws is a bug in this build, not in the person's
    // data: report it as a problem so their text is kept instead of lost.
    return fail("invalid", `Upgrading version ${version} data failed.`);
  }
}

/**
 * Turns stored text into a usable document. Never throws: text that cannot be used gives the
 * empty document plus a `problem`, and the caller keeps `raw` so nothing is lost.
 */
export function decodeDocument<T>(
  spec: DocumentSpec<T>,
  raw: string | null | undefined,
): DecodeResult<T> {
  if (raw === null || raw === undefined || raw === "")
    return { status: "empty", value: spec.empty() };

  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return {
      status: "problem",
      value: spec.empty(),
      problem: "unreadable",
      raw,
      detail: "The saved text is not valid JSON.",
    };
  }
  const result = decodeEnvelope(spec, parsed);
  if (result.status === "problem") return { ...result, value: spec.empty(), raw };
  return result;
}
