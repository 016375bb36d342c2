// The warnings drawn from the matrix and from the other handoffs, in plain words.
import type { Handoff } from "../../lib/checklist/schema.ts";
import { leaderJobReasons, type Warning } from "../../lib/checklist/warnings.ts";
import { confirmLeaderJob } from "../../stores/checklists.ts";
import { LessonLink } from "./lesson-link.tsx";

function LeaderJobWarning({
  warning,
  handoff,
}: {
  warning: Extract<Warning, { kind: "leader-job" }>;
  handoff: Handoff;
}) {
  const job = leaderJobReasons[warning.job];
  return (
    <div class="warning danger" data-warning="leader-job">
      <h3>This should not be outsourced</h3>
      <p>
        Your task matrix marks “{warning.taskName}” as one of the leader’s four jobs: {job.title}.{" "}
        {job.reason}
      </p>
      <p>
        Hand off the work around it instead, and keep this one yourself.{" "}
        <LessonLink slug={warning.lesson} />
      </p>
      {handoff.leaderJobConfirmed ? (
        <p class="warning-decision">
          You chose to plan this handoff anyway.{" "}
          <button type="button" class="button" onClick={() => confirmLeaderJob(handoff.id, false)}>
            Take that back
          </button>
        </p>
      ) : (
        <p class="warning-decision">
          <button
            type="button"
            class="button"
            id={`step-${handoff.id}-leader-job`}
            onClick={() => confirmLeaderJob(handoff.id, true)}
          >
            I understand, and I still want to plan handing it off
          </button>
        </p>
      )}
    </div>
  );
}

export function WarningList({ warnings, handoff }: { warnings: Warning[]; handoff: Handoff }) {
  if (warnings.length === 0) return null;
  return (
    <div class="warnings">
      {warnings.map((warning) => {
        switch (warning.kind) {
          case "leader-job":
            return <LeaderJobWarning warning={warning} handoff={handoff} />;
          case "learn-first":
            return (
              <div class="warning" data-warning="learn-first">
                <h3>Learn it, then delegate</h3>
                <p>
                  Your task matrix marks “{warning.taskName}” as sales and marketing, and as a
                  weakness. Learn it well enough to judge the work before you hand it off: a
                  provider who does not know your business falls back on generic tactics, and you
                  could not tell whether they work. <LessonLink slug={warning.lesson} />
                </p>
              </div>
            );
          case "too-much-too-soon":
            return (
              <div class="warning" data-warning="too-much-too-soon">
                <h3>Too much too soon?</h3>
                <p>
                  You have {warning.inProgress} handoffs in progress at once. Handing over
                  everything together is a common way for outsourcing to fail: get one running well
                  before you start the next, and archive the ones you have put on hold.{" "}
                  <LessonLink slug={warning.lesson} />
                </p>
              </div>
            );
        }
      })}
    </div>
  );
}
