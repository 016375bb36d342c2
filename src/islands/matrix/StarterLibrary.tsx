// The starter library: common tasks, grouped, each added to the matrix with one click.
import { useEffect, useRef, useState } from "preact/hooks";
import type { LibraryTask } from "../../lib/matrix/library.ts";

interface Props {
  library: readonly LibraryTask[];
  heading: "h2" | "h3";
  onAdd: (task: LibraryTask) => void;
}

export function StarterLibrary({ library, heading: Heading, onAdd }: Props) {
  // The list is drawn only once the person opens it: closed, it would be nearly half of the
  // worksheet's first render for buttons nobody can see yet.
  const [open, setOpen] = useState(false);
  // The build's HTML is on screen before hydration, and a reader may open it then: the browser
  // toggles it with no handler to hear, so the list follows what the element says on hydration.
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (details.current?.open) setOpen(true);
  }, []);
  const groups = open ? [...new Set(library.map((task) => task.group))] : [];
  return (
    <section class="matrix-library matrix-no-print" aria-labelledby="matrix-library-title">
      <Heading id="matrix-library-title">Start from common tasks</Heading>
      <details ref={details} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>Show {library.length} common small-business tasks</summary>
        <p>Add any of these with one click, then adjust it to how it is for you.</p>
        {groups.map((group) => (
          <div class="matrix-library-group" key={group}>
            <p class="matrix-library-name">{group}</p>
            <ul class="matrix-chips">
              {library
                .filter((task) => task.group === group)
                .map((task) => (
                  <li key={task.id}>
                    <button
                      type="button"
                      class="matrix-chip matrix-add"
                      onClick={() => onAdd(task)}
                    >
                      <span aria-hidden="true">+ </span>
                      <span class="visually-hidden">Add </span>
                      {task.name}
                    </button>
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </details>
    </section>
  );
}
