// What My plan's matrix, checklist and quiz parts say while nothing of theirs is saved: what the
// worksheet is for and a link to start it. Shown without loading the worksheet's own code.

export interface Invitation {
  /** The part's heading id, shared with the part itself. */
  id: string;
  title: string;
  text: string;
  /** Where the worksheet is, relative to the site's base path. */
  path: string;
  action: string;
}

export const matrixInvitation: Invitation = {
  id: "plan-matrix",
  title: "Task matrix",
  text: "You have not charted any tasks yet. List the work you do each week, mark what you are good at and what you enjoy, and the matrix shows what to hand off first.",
  path: "tools/matrix/",
  action: "Chart your first task",
};

export const checklistsInvitation: Invitation = {
  id: "plan-checklists",
  title: "Handoff checklists",
  text: "You have not started a handoff checklist yet. Pick one task to hand off and the checklist walks you through goals, expectations and written procedures, ending in a brief for your provider.",
  path: "tools/checklist/",
  action: "Start a checklist",
};

export const quizInvitation: Invitation = {
  id: "plan-quiz",
  title: "Readiness quiz",
  text: "You have not taken the readiness quiz yet. It takes a few minutes and tells you which lesson to revisit before you hand anything off.",
  path: "quiz/",
  action: "Take the quiz",
};

export function PartInvitation({ invitation, base }: { invitation: Invitation; base: string }) {
  return (
    <section class="plan-part" aria-labelledby={invitation.id}>
      <h2 id={invitation.id}>{invitation.title}</h2>
      <p>{invitation.text}</p>
      <p>
        <a class="button primary" href={`${base}${invitation.path}`}>
          {invitation.action}
        </a>
      </p>
    </section>
  );
}
