// Handoffs for the checklist tests: an empty one and a complete one.
import { newHandoff } from "../../src/lib/checklist/handoffs.ts";
import type { Handoff } from "../../src/lib/checklist/schema.ts";

export function emptyHandoff(overrides: Partial<Handoff> = {}): Handoff {
  return {
    ...newHandoff({ id: "h1", name: "Bookkeeping", createdAt: "2026-12-01T10:00:00.000Z" }),
    ...overrides,
  };
}

/** A handoff with every step done, the optional paid trial included. */
export function completeHandoff(overrides: Partial<Handoff> = {}): Handoff {
  const base = emptyHandoff();
  return {
    ...base,
    answers: {
      goal: "Get my Friday afternoons back.",
      objective: "Every invoice sent within two days of the job.",
      successFactors: "No invoice older than 30 days unpaid.",
      expectations: "Weekly reconciliation, replies within a day.",
      procedureNotes: "https://example.org/procedure",
      exampleNotes: "The March books.",
      access: "Read access to the bank, editor access to the accounting app.",
      keptWithYou: "Approving payments over 500.",
      shortlist: "Ann, Ben, Cleo",
      feedbackNotes: "Two owners recommended Ann.",
      agreementNotes: "Signed 1 December.",
      firstScope: "Sales invoices only.",
      channel: "A shared chat channel",
      measure: "Invoices sent and unpaid",
      resultOwner: "Me",
    },
    ticks: {
      procedureWritten: true,
      exampleReady: true,
      ownerFeedback: true,
      samplesChecked: true,
      paidTrial: true,
      agreement: true,
      learningTime: true,
    },
    rampUpDate: "2027-01-15",
    checkIn: { rhythm: "weekly", day: "tue", time: "09:30" },
    ...overrides,
  };
}
