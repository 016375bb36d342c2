// A wide table's scrolling frame: on a narrow screen it scrolls sideways on its own, and it is a
// labelled, focusable region so a keyboard can scroll it too.
import type { ComponentChildren } from "preact";

export function TableRegion(props: { labelledBy: string; children: ComponentChildren }) {
  return (
    <div class="matrix-table-wrap" tabIndex={0} role="region" aria-labelledby={props.labelledBy}>
      {props.children}
    </div>
  );
}
