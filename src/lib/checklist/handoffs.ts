// Pure changes to the checklists document: start, find, rename, archive, delete and restore.
import type { ChecklistsDocument, Handoff } from "./schema.ts";
import { NAME_MAX_LENGTH } from "./field-limits.ts";

/**
 * Turns whatever was typed or linked as a name into one line of at most 120 characters, or
 * undefined when nothing is left. Line breaks and runs of spaces become single spaces.
 */
export function cleanName(raw: string | null | undefined): string | undefined {
  const name = (raw ?? "").replace(/\s+/g, " ").trim().slice(0, NAME_MAX_LENGTH).trim();
  return name === "" ? undefined : name;
}

/** A handoff with nothing filled in yet. */
export function newHandoff(options: {
  id: string;
  name: string;
  createdAt: string;
  taskId?: string | undefined;
}): Handoff {
  return {
    id: options.id,
    name: options.name,
    ...(options.taskId === undefined ? {} : { taskId: options.taskId }),
    createdAt: options.createdAt,
    archived: false,
    leaderJobConfirmed: false,
    answers: {
      goal: "",
      objective: "",
      successFactors: "",
      expectations: "",
      procedureNotes: "",
      exampleNotes: "",
      access: "",
      keptWithYou: "",
      shortlist: "",
      feedbackNotes: "",
      agreementNotes: "",
      firstScope: "",
      channel: "",
      measure: "",
      resultOwner: "",
    },
    ticks: {
      procedureWritten: false,
      exampleReady: false,
      ownerFeedback: false,
      samplesChecked: false,
      paidTrial: false,
      agreement: false,
      learningTime: false,
    },
    rampUpDate: "",
    checkIn: { rhythm: "", day: "", time: "09:00" },
  };
}

/** Adds a handoff at the end and opens it. */
export function withHandoff(doc: ChecklistsDocument, handoff: Handoff): ChecklistsDocument {
  return { ...doc, handoffs: [...doc.handoffs, handoff], activeId: handoff.id };
}

/** The handoff started from a matrix task, if there is one (the first, should there be several). */
export function handoffForTask(doc: ChecklistsDocument, taskId: string): Handoff | undefined {
  return doc.handoffs.find((handoff) => handoff.taskId === taskId);
}

/** The open handoff: the active one if it still exists, else the first not archived. */
export function activeHandoff(doc: ChecklistsDocument): Handoff | undefined {
  return (
    doc.handoffs.find((handoff) => handoff.id === doc.activeId) ??
    doc.handoffs.find((handoff) => !handoff.archived)
  );
}

/** Applies `change` to one handoff; any other id leaves the document as it was. */
export function updateHandoff(
  doc: ChecklistsDocument,
  id: string,
  change: (handoff: Handoff) => Handoff,
): ChecklistsDocument {
  if (!doc.handoffs.some((handoff) => handoff.id === id)) return doc;
  return {
    ...doc,
    handoffs: doc.handoffs.map((handoff) => (handoff.id === id ? change(handoff) : handoff)),
  };
}

/** What a delete takes away, kept so it can be put back exactly where it was. */
export interface RemovedHandoff {
  handoff: Handoff;
  index: number;
  wasActive: boolean;
}

export function withoutHandoff(
  doc: ChecklistsDocument,
  id: string,
): { doc: ChecklistsDocument; removed?: RemovedHandoff } {
  const index = doc.handoffs.findIndex((handoff) => handoff.id === id);
  const handoff = doc.handoffs[index];
  if (!handoff) return { doc };
  const handoffs = doc.handoffs.filter((other) => other.id !== id);
  const wasActive = doc.activeId === id;
  const next: ChecklistsDocument = { handoffs };
  if (!wasActive && doc.activeId !== undefined) next.activeId = doc.activeId;
  return { doc: next, removed: { handoff, index, wasActive } };
}

/** Puts a deleted handoff back in its old place; a second restore of the same one does nothing. */
export function withRestored(doc: ChecklistsDocument, removed: RemovedHandoff): ChecklistsDocument {
  if (doc.handoffs.some((handoff) => handoff.id === removed.handoff.id)) return doc;
  const handoffs = [...doc.handoffs];
  handoffs.splice(Math.min(removed.index, handoffs.length), 0, removed.handoff);
  return { ...doc, handoffs, ...(removed.wasActive ? { activeId: removed.handoff.id } : {}) };
}
