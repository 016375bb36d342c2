// The pre-outsourcing checklists' saved document and one action per change a person can make.
import { atom } from "nanostores";
import { persistedDocument } from "./persisted-document.ts";
import { checklistsDocument } from "../lib/checklist/document.ts";
import {
  cleanName,
  handoffForTask,
  newHandoff,
  updateHandoff,
  withHandoff,
  withoutHandoff,
  withRestored,
  type RemovedHandoff,
} from "../lib/checklist/handoffs.ts";
import type { AnswerKey, CheckIn, Handoff, TickKey } from "../lib/checklist/schema.ts";
import { ANSWER_MAX_LENGTH } from "../lib/checklist/field-limits.ts";

export const $checklists = await persistedDocument(checklistsDocument, () =>
  import("../lib/checklist/schema.ts").then((module) => module.checklistsDocumentSpec),
);

/** The handoff deleted last, until it is restored or another is deleted. Kept in memory only. */
export const $lastDeleted = atom<RemovedHandoff | undefined>(undefined);

/** A short random id; crypto.getRandomValues works even on pages served without HTTPS. */
function makeId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(9));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

function change(id: string, edit: (handoff: Handoff) => Handoff): void {
  $checklists.set(updateHandoff($checklists.get(), id, edit));
}

/** Starts a handoff with the given name and opens it. Returns its id, or undefined for no name. */
export function startHandoff(rawName: string, taskId?: string): string | undefined {
  const name = cleanName(rawName);
  if (name === undefined) return undefined;
  const handoff = newHandoff({ id: makeId(), name, createdAt: new Date().toISOString(), taskId });
  $checklists.set(withHandoff($checklists.get(), handoff));
  return handoff.id;
}

/** Opens the handoff for a matrix task, starting it (named after the task) if there is none. */
export function startHandoffForTask(taskId: string, taskName: string): string | undefined {
  const existing = handoffForTask($checklists.get(), taskId);
  if (existing) {
    openHandoff(existing.id);
    return existing.id;
  }
  return startHandoff(taskName, taskId);
}

/** Opens a saved handoff. Returns false when no handoff has that id. */
export function openHandoff(id: string): boolean {
  const doc = $checklists.get();
  if (!doc.handoffs.some((handoff) => handoff.id === id)) return false;
  if (doc.activeId !== id) $checklists.set({ ...doc, activeId: id });
  return true;
}

/** Renames a handoff; a name that is empty once cleaned is refused (returns false). */
export function renameHandoff(id: string, rawName: string): boolean {
  const name = cleanName(rawName);
  if (name === undefined) return false;
  change(id, (handoff) => ({ ...handoff, name }));
  return true;
}

export function setArchived(id: string, archived: boolean): void {
  change(id, (handoff) => ({ ...handoff, archived }));
}

export function deleteHandoff(id: string): void {
  const { doc, removed } = withoutHandoff($checklists.get(), id);
  if (!removed) return;
  $checklists.set(doc);
  $lastDeleted.set(removed);
}

/** Puts the last deleted handoff back where it was. */
export function undoDelete(): void {
  const removed = $lastDeleted.get();
  if (!removed) return;
  $checklists.set(withRestored($checklists.get(), removed));
  $lastDeleted.set(undefined);
}

export function setAnswer(id: string, field: AnswerKey, value: string): void {
  const text = value.slice(0, ANSWER_MAX_LENGTH);
  change(id, (handoff) => ({ ...handoff, answers: { ...handoff.answers, [field]: text } }));
}

export function setTick(id: string, field: TickKey, done: boolean): void {
  change(id, (handoff) => ({ ...handoff, ticks: { ...handoff.ticks, [field]: done } }));
}

/** Sets the ramp-up date ("YYYY-MM-DD"); anything else clears it. */
export function setRampUpDate(id: string, value: string): void {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : "";
  change(id, (handoff) => ({ ...handoff, rampUpDate: date }));
}

/** Changes part of the check-in; a time that is not "HH:MM" (e.g. a cleared field) is ignored. */
export function setCheckIn(id: string, checkIn: Partial<CheckIn>): void {
  const { time, ...rest } = checkIn;
  const valid = time !== undefined && /^([01]\d|2[0-3]):[0-5]\d$/.test(time) ? { time } : {};
  change(id, (handoff) => ({ ...handoff, checkIn: { ...handoff.checkIn, ...rest, ...valid } }));
}

/** Records the person's explicit choice to go on with (or step back from) a leader's job. */
export function confirmLeaderJob(id: string, confirmed: boolean): void {
  change(id, (handoff) => ({ ...handoff, leaderJobConfirmed: confirmed }));
}
