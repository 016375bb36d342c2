// Reads what the browser holds under a key once the page has saved its waiting edits, which it
// does when it closes (pagehide): the public way to ask "is this really saved?".
export function savedText(key: string): string | null {
  window.dispatchEvent(new Event("pagehide"));
  return localStorage.getItem(key);
}

/** The saved envelope under `key`, parsed, or null when nothing is saved. */
export function savedDocument(key: string) {
  return JSON.parse(savedText(key) ?? "null");
}
