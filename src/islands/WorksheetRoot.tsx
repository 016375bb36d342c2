// The root element of a worksheet island, which the build renders as a first visit sees it.
import type { ComponentChildren, JSX } from "preact";
import { firstVisitMarker } from "./first-visit-html.ts";
import { useHydrated } from "./use-hydrated.ts";

type Props = Omit<JSX.HTMLAttributes<HTMLFieldSetElement>, "disabled"> & {
  /** The saved documents the island draws; with any of them saved, the build's HTML gives way. */
  documents: readonly string[];
  children: ComponentChildren;
};

/**
 * A fieldset, so that one `disabled` holds every control inside until the island has hydrated:
 * the build's HTML is on screen before any script runs, and a click or a typed letter before
 * then would go nowhere (or submit a form to the server). It carries no border or spacing of
 * its own (`.worksheet-root` in base.css).
 */
export function WorksheetRoot({ documents, children, class: className, ...rest }: Props) {
  const hydrated = useHydrated();
  return (
    <fieldset
      {...rest}
      class={`worksheet-root ${className ?? ""}`.trim()}
      disabled={!hydrated}
      data-first-visit={firstVisitMarker(documents)}
    >
      {children}
    </fieldset>
  );
}
