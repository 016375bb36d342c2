// The checklists store's actions: one change each, bad input refused, and every change saved.
import { afterEach, describe, expect, test, vi } from "vitest";
import { savedDocument } from "../support/saved-text.ts";

const cleanups: (() => void)[] = [];

async function loadStore() {
  vi.resetModules();
  const store = await import("../../src/stores/checklists.ts");
  cleanups.push(store.$checklists.listen(() => {}));
  return store;
}

const saved = () => savedDocument("handoff:checklists");

afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

describe("$checklists actions", () => {
  test("starting from a matrix task twice opens the same handoff", async () => {
    const store = await loadStore();
    const first = store.startHandoffForTask("t1", "Bookkeeping");
    store.startHandoff("Payroll");
    const again = store.startHandoffForTask("t1", "Bookkeeping (renamed in the matrix)");
    expect(again).toBe(first);
    expect(store.$checklists.get().handoffs.map((h) => h.name)).toEqual(["Bookkeeping", "Payroll"]);
    expect(store.$checklists.get().activeId).toBe(first);
  });

  test("an empty name starts nothing and renames nothing", async () => {
    const store = await loadStore();
    expect(store.startHandoff(" \n ")).toBeUndefined();
    const id = store.startHandoff("Ads")!;
    expect(store.renameHandoff(id, "   ")).toBe(false);
    expect(store.renameHandoff(id, " Paid ads ")).toBe(true);
    expect(saved().data.handoffs[0].name).toBe("Paid ads");
  });

  test("a time that is not HH:MM and a date that is not YYYY-MM-DD are not stored", async () => {
    const store = await loadStore();
    const id = store.startHandoff("Ads")!;
    store.setCheckIn(id, { rhythm: "monthly", time: "" });
    store.setCheckIn(id, { time: "25:00" });
    expect(store.$checklists.get().handoffs[0]?.checkIn).toEqual({
      rhythm: "monthly",
      day: "",
      time: "09:00",
    });
    store.setCheckIn(id, { day: "thu", time: "16:45" });
    store.setRampUpDate(id, "2027-03-01");
    store.setRampUpDate(id, "next week");
    const handoff = saved().data.handoffs[0];
    expect(handoff.checkIn).toEqual({ rhythm: "monthly", day: "thu", time: "16:45" });
    expect(handoff.rampUpDate).toBe("");
  });

  test("answers, ticks, archive and the leader's-job decision are saved", async () => {
    const store = await loadStore();
    const id = store.startHandoff("Ads")!;
    store.setAnswer(id, "goal", "More leads");
    store.setTick(id, "agreement", true);
    store.setArchived(id, true);
    store.confirmLeaderJob(id, true);
    const handoff = saved().data.handoffs[0];
    expect(handoff.answers.goal).toBe("More leads");
    expect(handoff.ticks.agreement).toBe(true);
    expect(handoff.archived).toBe(true);
    expect(handoff.leaderJobConfirmed).toBe(true);
  });

  test("delete keeps the handoff for undo, and undo puts it back once", async () => {
    const store = await loadStore();
    const a = store.startHandoff("A")!;
    store.startHandoff("B");
    store.setAnswer(a, "goal", "Keep me");
    store.deleteHandoff(a);
    expect(saved().data.handoffs.map((h: { name: string }) => h.name)).toEqual(["B"]);
    store.undoDelete();
    store.undoDelete();
    const names = saved().data.handoffs.map((h: { name: string }) => h.name);
    expect(names).toEqual(["A", "B"]);
    expect(saved().data.handoffs[0].answers.goal).toBe("Keep me");
  });
});
