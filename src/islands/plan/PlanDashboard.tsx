// My plan: everything this browser has saved, each part linking to where it is edited, with
// backups and "forget everything".
import ChecklistsPart from "./ChecklistsPart.tsx";
import DataNotice from "../DataNotice.tsx";
import BackupPart from "./BackupPart.tsx";
import LessonsPart, { type LessonLink } from "./LessonsPart.tsx";
import MatrixPart from "./MatrixPart.tsx";
import QuizPart from "./QuizPart.tsx";
import "./plan.css";
// Settings have no part of their own, but backups and the damaged-data notice cover them too.
import "../../stores/settings.ts";

export default function PlanDashboard(props: { lessons: LessonLink[]; base: string }) {
  return (
    <div class="plan">
      <DataNotice />
      <div class="plan-grid">
        <LessonsPart lessons={props.lessons} base={props.base} />
        <MatrixPart base={props.base} />
        <ChecklistsPart base={props.base} />
        <QuizPart base={props.base} />
      </div>
      <BackupPart />
    </div>
  );
}
