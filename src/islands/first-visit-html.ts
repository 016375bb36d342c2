// Removes a worksheet's first-visit HTML from the build when this browser has saved work for it,
// so the island draws that work itself instead of hydrating HTML that does not match.
import { hasSavedText } from "../stores/persisted-document.ts";

/**
 * What a worksheet's root element carries in `data-first-visit`: the documents whose saved work it
 * draws. The first-paint script names the saved ones in `data-saved` on the root element, and
 * base.css hides the build's HTML behind a loading line until it is replaced.
 */
export function firstVisitMarker(documents: readonly string[]): string {
  return documents.join(" ");
}

/**
 * Call at the top level of an island's module, after whatever it awaits: it runs once, in the
 * browser, just before Astro hydrates the island. Without saved work the island's first render
 * equals the build's HTML and hydration only attaches its handlers. With saved work it would not
 * equal it, and Preact's hydration keeps the attributes of the elements it reuses (a ticked box,
 * a link, a class), so the HTML is removed and the island is drawn from nothing. `drawsOther`
 * says the island will not draw a first visit for another reason (the checklist follows a link
 * that starts a handoff).
 */
export function dropFirstVisitHtml(documents: readonly string[], drawsOther = false): void {
  if (typeof document === "undefined" || !(drawsOther || documents.some(hasSavedText))) return;
  const marker = firstVisitMarker(documents);
  for (const root of document.querySelectorAll("astro-island[ssr] > [data-first-visit]")) {
    if (root.getAttribute("data-first-visit") === marker) root.remove();
  }
}
