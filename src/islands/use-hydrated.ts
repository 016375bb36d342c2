// A hook that is false during the server render and the first client render, then true.
// Islands show a neutral placeholder until it turns true, so the HTML from the build and the
// first client render always agree, and stored data appears in one step with no wrong flash.
import { useEffect, useState } from "preact/hooks";

export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
