// My plan: a summary of the task matrix, linking to the matrix to edit it.
import { useStore } from "@nanostores/preact";
import { $matrix } from "../../stores/matrix.ts";
import { useHydrated } from "../use-hydrated.ts";
import { PartPlaceholder } from "./PartPlaceholder.tsx";
import "./plan.css";

export default function MatrixPart({ base }: { base: string }) {
  const hydrated = useHydrated();
  const { tasks } = useStore($matrix);
  if (!hydrated) return <PartPlaceholder id="plan-matrix" title="Task matrix" />;
  const href = `${base}tools/matrix/`;
  return (
    <section class="plan-part" aria-labelledby="plan-matrix">
      <h2 id="plan-matrix">Task matrix</h2>
      {tasks.length === 0 ? (
        <>
          <p>
            You have not charted any tasks yet. List the work you do each week, mark what you are
            good at and what you enjoy, and the matrix shows what to hand off first.
          </p>
          <p>
            <a class="button primary" href={href}>
              Chart your first task
            </a>
          </p>
        </>
      ) : (
        <>
          <p data-plan-matrix-count>
            You have charted {tasks.length} {tasks.length === 1 ? "task" : "tasks"}.
          </p>
          <ul class="plan-list">
            {tasks.slice(0, 8).map((task) => (
              <li key={task.id}>{task.name}</li>
            ))}
          </ul>
          {tasks.length > 8 && <p>…and {tasks.length - 8} more.</p>}
          <p>
            <a class="button" href={href}>
              Open the task matrix
            </a>
          </p>
        </>
      )}
    </section>
  );
}
