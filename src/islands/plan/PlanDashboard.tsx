// My plan: everything this browser has saved, each part linking to where it is edited, with
// backups and "forget everything". Shows a neutral line until hydrated, then the data at once.
import DataNotice from "../DataNotice.tsx";
import { useHydrated } from "../use-hydrated.ts";
import { BackupPart } from "./BackupPart.tsx";
import { LessonsPart, type LessonLink } from "./LessonsPart.tsx";
import { MatrixPart } from "./MatrixPart.tsx";
import { StartHerePart } from "./StartHerePart.tsx";
import "./plan.css";

export default function PlanDashboard({ lessons, base }: { lessons: LessonLink[]; base: string }) {
  const hydrated = useHydrated();
  return (
    <div class="plan" data-plan-ready={hydrated ? "" : undefined}>
      <DataNotice />
      {!hydrated ? (
        <p class="plan-loading">Reading what this browser has saved…</p>
      ) : (
        <>
          <div class="plan-grid">
            <LessonsPart lessons={lessons} base={base} />
            <MatrixPart base={base} />
            <StartHerePart
              id="plan-checklists"
              title="Handoff checklists"
              text="You have not started a handoff checklist yet. Pick one task to hand off and the checklist walks you through goals, expectations and written procedures, ending in a brief for your provider."
              action="Start a checklist"
              href={`${base}tools/checklist/`}
            />
            <StartHerePart
              id="plan-quiz"
              title="Readiness quiz"
              text="You have not taken the readiness quiz yet. It takes a few minutes and tells you which lesson to revisit before you hand anything off."
              action="Take the quiz"
              href={`${base}quiz/`}
            />
          </div>
          <BackupPart />
        </>
      )}
    </div>
  );
}
