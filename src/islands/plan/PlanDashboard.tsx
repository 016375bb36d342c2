// My plan: everything this browser has saved, each part linking to where it is edited, with
// backups and "forget everything".
import DataNotice from "../DataNotice.tsx";
import BackupPart from "./BackupPart.tsx";
import LessonsPart, { type LessonLink } from "./LessonsPart.tsx";
import { ChecklistsInvitation, MatrixInvitation, QuizInvitation } from "./PartInvitations.tsx";
import { SavedPart } from "./SavedPart.tsx";
import "./plan.css";

// The worksheets' parts load with their saved work; a first visit shows only invitations.
const loadMatrixPart = () => import("./MatrixPart.tsx");
const loadChecklistsPart = () => import("./ChecklistsPart.tsx");
const loadQuizPart = () => import("./QuizPart.tsx");
// Settings have no part of their own, but backups and the damaged-data notice cover them too.
import "../../stores/settings.ts";

export default function PlanDashboard(props: { lessons: LessonLink[]; base: string }) {
  return (
    <div class="plan">
      <DataNotice />
      <div class="plan-grid">
        <LessonsPart lessons={props.lessons} base={props.base} />
        <SavedPart
          document="matrix"
          load={loadMatrixPart}
          id="plan-matrix"
          title="Task matrix"
          invitation={<MatrixInvitation base={props.base} />}
          base={props.base}
        />
        <SavedPart
          document="checklists"
          load={loadChecklistsPart}
          id="plan-checklists"
          title="Handoff checklists"
          invitation={<ChecklistsInvitation base={props.base} />}
          base={props.base}
        />
        <SavedPart
          document="quiz"
          load={loadQuizPart}
          id="plan-quiz"
          title="Readiness quiz"
          invitation={<QuizInvitation base={props.base} />}
          base={props.base}
        />
      </div>
      <BackupPart />
    </div>
  );
}
