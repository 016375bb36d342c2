// A hook for an island part whose code loads on demand (see loadOnce): it loads once `needed`
// turns true, and `prepare` starts the download early when the part is about to be needed.
import { useEffect, useState } from "preact/hooks";
import type { LoadOnce } from "../lib/load-once.ts";

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
