// A part of My plan that loads its worksheet's code only once that worksheet has saved work:
// until then it shows the part's invitation. Saved work can also arrive while the page is open,
// from a restored backup or another tab, and the part then loads.
import type { ComponentType } from "preact";
import { useEffect, useState } from "preact/hooks";
import { useStore } from "@nanostores/preact";
import { storageKey } from "../../lib/storage/document-basics.ts";
import { $lastImport } from "../../stores/last-import.ts";
import { readRaw } from "../../stores/storage-engine.ts";
import { useHydrated } from "../use-hydrated.ts";
import { PartInvitation, type Invitation } from "./PartInvitations.tsx";
import { PartPlaceholder } from "./PartPlaceholder.tsx";

type PartComponent = ComponentType<{ base: string }>;
/** Loads a full part, whose default export takes the site's base path. */
export type PartLoader = () => Promise<{ default: PartComponent }>;

/** Parts whose code is here, by document, so they are drawn at once. */
const loadedParts = new Map<string, PartComponent>();

/** Loads a part's code once. My plan awaits it for saved work before it is drawn. */
export async function loadPart(document: string, load: PartLoader): Promise<PartComponent> {
  const part = loadedParts.get(document) ?? (await load()).default;
  loadedParts.set(document, part);
  return part;
}

interface Props {
  /** The document the part shows, e.g. "matrix". */
  document: string;
  load: PartLoader;
  /** What the part says while nothing is saved; its heading also titles the placeholder. */
  invitation: Invitation;
  base: string;
}

export function SavedPart({ document, load, invitation, base }: Props) {
  const { id, title } = invitation;
  const hydrated = useHydrated();
  // A restore on this page sets $lastImport; hearing it, the part looks at storage again.
  useStore($lastImport);
  const [Part, setPart] = useState(() => loadedParts.get(document));
  const [failed, setFailed] = useState(false);
  const [savedElsewhere, setSavedElsewhere] = useState(false);
  const key = storageKey(document);

  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === key && event.newValue !== null) setSavedElsewhere(true);
    };
    addEventListener("storage", onStorage);
    return () => removeEventListener("storage", onStorage);
  }, [key]);

  // Once loaded the part stays: it shows its own empty state if the work is forgotten later.
  const needed = hydrated && (Part !== undefined || savedElsewhere || readRaw(key) !== undefined);
  useEffect(() => {
    if (!needed || Part) return;
    loadPart(document, load)
      .then((part) => setPart(() => part))
      .catch(() => setFailed(true));
  }, [needed, Part, document, load]);

  if (!hydrated) return <PartPlaceholder id={id} title={title} />;
  if (!needed) return <PartInvitation invitation={invitation} base={base} />;
  if (Part) return <Part base={base} />;
  if (!failed) return <PartPlaceholder id={id} title={title} />;
  return (
    <section class="plan-part" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p role="alert">
        This part could not be shown: some of the page did not load. Your work is still saved in
        this browser. Check your connection and reload the page.
      </p>
    </section>
  );
}
