// A hook that is false during the server render and the first client render, then true.
// What only the browser knows (a shared result's link, notices about saved data) and controls
// that must wait for their handlers are drawn once it turns true, so the HTML from the build and
// the first client render always agree.
import { useEffect, useState } from "preact/hooks";

export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
