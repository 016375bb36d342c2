import { launchChromium } from "../tests/support/chromium.ts";
import { startPreview } from "./lib/preview-server.ts";
import { cadences } from "../src/lib/matrix/schema.ts";
const base = "/handoff/";
const tasks = Array.from({ length: 500 }, (_, i) => ({ id: `bench${i}`, name: `Task ${i}`, cadence: cadences[i % 5], hoursEach: 0.25 + (i % 8), skill: i % 2 ? "strength" : "weakness", feeling: i % 3 ? "like" : "dislike", impact: i % 5 < 2 ? "grows" : "keeps-running", salesMarketing: i % 7 === 0 }));
const doc = JSON.stringify({ version: 1, data: { tasks, settings: { hourlyValue: 80, currency: "EUR", workingDaysPerWeek: 5, defaultProviderRate: 30, oversightShare: 0.1 } } });
const server = await startPreview(base);
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
await page.addInitScript((t) => { if (!sessionStorage.getItem("s")) { localStorage.setItem("handoff:matrix", t); sessionStorage.setItem("s", "1"); } }, doc);
await page.goto(`${server.origin}${base}tools/matrix/`, { waitUntil: "networkidle" });
await page.locator(".matrix-chip[data-task-id]").first().waitFor();
const cdp = await page.context().newCDPSession(page);
const events: any[] = [];
cdp.on("Tracing.dataCollected", (e: any) => events.push(...e.value));
const done = new Promise((r) => cdp.once("Tracing.tracingComplete", r));
await cdp.send("Tracing.start", { categories: "devtools.timeline,blink.user_timing", transferMode: "ReportEvents" });
await page.evaluate(async () => {
  const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
  for (let i = 0; i < 6; i++) {
    const id = `bench${(i * 37) % 500}`;
    const chosen = document.querySelector<HTMLButtonElement>(`.matrix-chip[data-task-id="${id}"]`)!;
    const current = chosen.querySelector(".matrix-chip-name")!.textContent;
    chosen.click();
    const input = document.querySelector<HTMLInputElement>(".matrix-editor input[type=text]")!;
    for (let t = 0; !(input.value === current && document.activeElement === input) && t < 300; t++) await frame();
    input.value = `Edited ${i}`; input.dispatchEvent(new Event("input", { bubbles: true }));
    await frame(); await frame();
    performance.mark("s");
    document.querySelector<HTMLFormElement>(".matrix-editor")!.requestSubmit();
    while (document.querySelector(`.matrix-chip[data-task-id="${id}"] .matrix-chip-name`)?.textContent !== `Edited ${i}`) await new Promise((r) => setTimeout(r, 0));
    performance.mark("e");
    await frame(); await frame();
  }
});
await cdp.send("Tracing.end");
await done;
const marks = events.filter((e) => e.name === "s" || e.name === "e").map((e) => [e.name, e.ts]);
const totals: Record<string, number> = {};
for (let k = 0; k + 1 < marks.length; k += 2) {
  const [, s] = marks[k]; const [, e] = marks[k + 1];
  for (const ev of events) if (ev.ph === "X" && ev.ts >= s && ev.ts + (ev.dur ?? 0) <= e && ["FunctionCall", "EvaluateScript", "UpdateLayoutTree", "Layout", "Paint", "RunMicrotasks", "TimerFire", "FireAnimationFrame", "ParseHTML", "PrePaint", "Layerize", "RecalculateStyles", "EventDispatch", "HitTest", "MajorGC", "MinorGC", "V8.GCScavenger"].includes(ev.name)) totals[ev.name] = (totals[ev.name] ?? 0) + ev.dur / 1000;
  console.log("window", ((e - s) / 1000).toFixed(1), "ms");
}
console.log(Object.entries(totals).map(([k, v]) => `${k} ${(v / 6).toFixed(1)}ms/edit`).join("\n"));
await browser.close(); server.stop();
