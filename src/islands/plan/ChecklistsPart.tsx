// My plan: each handoff checklist with its progress and readiness, linking to the checklist.
import { useStore } from "@nanostores/preact";
import { missingItems, overallProgress } from "../../lib/checklist/progress.ts";
import { needsLeaderDecision } from "../../lib/checklist/warnings.ts";
import { $checklists } from "../../stores/checklists.ts";
import { $matrix } from "../../stores/matrix.ts";
import { checklistsInvitation, PartInvitation } from "./PartInvitations.tsx";
import "./plan.css";

export default function ChecklistsPart({ base }: { base: string }) {
  const { handoffs } = useStore($checklists);
  const { tasks } = useStore($matrix);
  if (handoffs.length === 0)
    return <PartInvitation invitation={checklistsInvitation} base={base} />;
  const href = `${base}tools/checklist/`;
  const current = handoffs.filter((handoff) => !handoff.archived);
  const archived = handoffs.length - current.length;
  return (
    <section class="plan-part" aria-labelledby="plan-checklists">
      <h2 id="plan-checklists">Handoff checklists</h2>
      {current.length === 0 ? (
        <p>
          Every handoff you started is archived ({archived}). Open the checklist to bring one back
          or start another.
        </p>
      ) : (
        <>
          <ul class="plan-handoffs" data-plan-handoffs>
            {current.map((handoff) => {
              const progress = overallProgress(handoff);
              const missing = missingItems(handoff, needsLeaderDecision(handoff, tasks));
              return (
                <li key={handoff.id}>
                  <a href={`${href}?open=${encodeURIComponent(handoff.id)}`}>{handoff.name}</a>
                  {missing.length === 0 && <span class="pill plan-badge">Ready</span>}
                  <span class="plan-detail">
                    {progress.done} of {progress.total} steps done
                    {missing[0] && `. Next: ${missing[0].label}`}
                  </span>
                </li>
              );
            })}
          </ul>
          {archived > 0 && (
            <p>
              And {archived} archived {archived === 1 ? "handoff" : "handoffs"}.
            </p>
          )}
        </>
      )}
      <p>
        <a class={current.length === 0 ? "button primary" : "button"} href={href}>
          {current.length === 0 ? "Start a checklist" : "Open the checklists"}
        </a>
      </p>
    </section>
  );
}
