// My plan: the task matrix in brief (tasks, hours, what to hand off first), linking to the matrix.
import { useStore } from "@nanostores/preact";
import { currencyOf } from "../../lib/matrix/currency.ts";
import { formatHours, formatMoney } from "../../lib/matrix/format.ts";
import { $matrix } from "../../stores/matrix.ts";
import { $matrixAnalysis } from "../../stores/matrix-analysis.ts";
import { matrixInvitation, PartInvitation } from "./PartInvitations.tsx";
import "./plan.css";

export default function MatrixPart({ base }: { base: string }) {
  const matrix = useStore($matrix);
  // The same worked-out figures the matrix itself shows, computed once per change by the store.
  const analysis = useStore($matrixAnalysis);
  const href = `${base}tools/matrix/`;
  if (matrix.tasks.length === 0)
    return <PartInvitation invitation={matrixInvitation} base={base} />;

  const currency = currencyOf(matrix.settings);
  const count = analysis.tasks.length;
  const ownHours = analysis.tasks.reduce((sum, entry) => sum + entry.figures.hoursPerMonth, 0);
  const first = analysis.queue[0];
  const queueCount = analysis.queue.length;
  const gain = analysis.queueMonth.netGain;
  return (
    <section class="plan-part" aria-labelledby="plan-matrix">
      <h2 id="plan-matrix">Task matrix</h2>
      <p data-plan-matrix-count>
        You have charted {count} {count === 1 ? "task" : "tasks"}, about {formatHours(ownHours)}{" "}
        hours of your time a month.
      </p>
      {first ? (
        <>
          <p data-plan-first>
            <strong>Hand off first:</strong> {first.task.name} (
            {formatHours(first.figures.hoursPerMonth)} hours a month).
          </p>
          <p data-plan-queue>
            Your hand-off queue holds {queueCount} {queueCount === 1 ? "task" : "tasks"} and{" "}
            {formatHours(analysis.queueMonth.hoursPerMonth)} hours a month.{" "}
            {gain >= 0
              ? `Handing them off would gain about ${formatMoney(gain, currency)} a month, after the provider's cost and your oversight.`
              : `At your settings, handing them off would cost about ${formatMoney(-gain, currency)} a month more than the time it frees is worth.`}
          </p>
        </>
      ) : (
        <p data-plan-first>
          Nothing is in your hand-off queue yet: every task you charted is one to keep or to learn
          first.
        </p>
      )}
      <p>
        <a class="button" href={href}>
          Open the task matrix
        </a>
      </p>
    </section>
  );
}
