// The "Your matrix" section around the grid: its heading and a line on what to do with it.
import type { ComponentChildren } from "preact";

interface Props {
  heading: "h2" | "h3";
  hint: string;
  children: ComponentChildren;
}

export function MatrixMap({ heading: Heading, hint, children }: Props) {
  return (
    <section class="matrix-map" aria-labelledby="matrix-map-title">
      <Heading id="matrix-map-title">Your matrix</Heading>
      <p class="matrix-no-print">{hint}</p>
      {children}
    </section>
  );
}
