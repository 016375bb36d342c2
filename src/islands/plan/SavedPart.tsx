// A part of My plan that loads its worksheet's code only once that worksheet has saved work:
// until then it shows the part's invitation. Saved work can also arrive while the page is open,
// from a restored backup or another tab, and the part then loads.
import type { ComponentType } from "preact";
import { useEffect, useState } from "preact/hooks";
import { useStore } from "@nanostores/preact";
import type { LoadOnce } from "../../lib/load-once.ts";
import { storageKey } from "../../lib/storage/document-basics.ts";
import { $lastImport } from "../../stores/last-import.ts";
import { hasSavedText } from "../../stores/persisted-document.ts";
import { useLoadedCode } from "../use-loaded-code.ts";
import { PartInvitation, type Invitation } from "./PartInvitations.tsx";
import { PartPlaceholder } from "./PartPlaceholder.tsx";

/** A full part, which takes the site's base path. */
export type PartComponent = ComponentType<{ base: string }>;

interface Props {
  /** The document the part shows, e.g. "matrix". */
  document: string;
  /** The part's code, loaded once; My plan starts it with the page when there is saved work. */
  code: LoadOnce<PartComponent>;
  /** What the part says while nothing is saved; its heading also titles the placeholder. */
  invitation: Invitation;
  base: string;
}

export function SavedPart({ document, code, invitation, base }: Props) {
  const { id, title } = invitation;
  // A restore on this page sets $lastImport; hearing it, the part looks at storage again.
  useStore($lastImport);
  const [savedElsewhere, setSavedElsewhere] = useState(false);
  const key = storageKey(document);

  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === key && event.newValue !== null) setSavedElsewhere(true);
    };
    addEventListener("storage", onStorage);
    return () => removeEventListener("storage", onStorage);
  }, [key]);

  // The build sees no storage, so its HTML shows the invitation, as a first visit does.
  const needed = savedElsewhere || hasSavedText(document);
  const { loaded: Part, failed } = useLoadedCode(code, needed);

  // Once loaded the part stays: it shows its own empty state if the work is forgotten later.
  if (Part) return <Part base={base} />;
  if (!needed) return <PartInvitation invitation={invitation} base={base} />;
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
