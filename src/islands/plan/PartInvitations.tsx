// What My plan's matrix, checklist and quiz parts say while nothing of theirs is saved: what the
// worksheet is for and a link to start it. Shown without loading the worksheet's own code.

export function MatrixInvitation({ base }: { base: string }) {
  return (
    <section class="plan-part" aria-labelledby="plan-matrix">
      <h2 id="plan-matrix">Task matrix</h2>
      <p>
        You have not charted any tasks yet. List the work you do each week, mark what you are good
        at and what you enjoy, and the matrix shows what to hand off first.
      </p>
      <p>
        <a class="button primary" href={`${base}tools/matrix/`}>
          Chart your first task
        </a>
      </p>
    </section>
  );
}

export function ChecklistsInvitation({ base }: { base: string }) {
  return (
    <section class="plan-part" aria-labelledby="plan-checklists">
      <h2 id="plan-checklists">Handoff checklists</h2>
      <p>
        You have not started a handoff checklist yet. Pick one task to hand off and the checklist
        walks you through goals, expectations and written procedures, ending in a brief for your
        provider.
      </p>
      <p>
        <a class="button primary" href={`${base}tools/checklist/`}>
          Start a checklist
        </a>
      </p>
    </section>
  );
}

export function QuizInvitation({ base }: { base: string }) {
  return (
    <section class="plan-part" aria-labelledby="plan-quiz">
      <h2 id="plan-quiz">Readiness quiz</h2>
      <p>
        You have not taken the readiness quiz yet. It takes a few minutes and tells you which lesson
        to revisit before you hand anything off.
      </p>
      <p>
        <a class="button primary" href={`${base}quiz/`}>
          Take the quiz
        </a>
      </p>
    </section>
  );
}
