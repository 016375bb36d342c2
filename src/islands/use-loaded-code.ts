// Hooks for code that loads on demand: a part of an island drawn once its code is here, and a
// button whose work needs code first. Both say when the code could not load.
import { useEffect, useState } from "preact/hooks";
import type { LoadOnce } from "../lib/load-once.ts";

/**
 * For an island part whose code loads on demand (see loadOnce): it loads once `needed` turns
 * true, and `prepare` starts the download early when the part is about to be needed.
 */
export function useLoadedCode<T>(code: LoadOnce<T>, needed: boolean) {
  // Stored through an updater, because the code is often a component, which is a function.
  const [loaded, setLoaded] = useState<T | undefined>(() => code.loaded());
  const [failed, setFailed] = useState(false);
  const show = (value: T) => setLoaded(() => value);
  useEffect(() => {
    if (!needed || loaded !== undefined) return;
    code.load().then(show, () => setFailed(true));
  }, [needed, loaded]);
  // A failure here is reported when the part is needed, not while it is only prepared.
  const prepare = () => {
    if (loaded === undefined) code.load().then(show, () => {});
  };
  return { loaded, failed, prepare };
}

/**
 * For a control whose work needs code loaded on demand: `withCode` runs the work once the code is
 * here, and `unavailable` turns true when it could not load (offline, or a newer deploy replaced
 * the files), so the control can say so where the person is looking. A later success clears it.
 */
export function useCodeOnDemand() {
  const [unavailable, setUnavailable] = useState(false);
  const withCode = <T>(load: () => Promise<T>, use: (code: T) => void) =>
    void load().then(
      (code) => {
        setUnavailable(false);
        use(code);
      },
      () => setUnavailable(true),
    );
  return { withCode, unavailable };
}
