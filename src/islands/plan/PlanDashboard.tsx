// My plan: everything this browser has saved, each part linking to where it is edited, with
// backups and "forget everything". Parts with nothing to read arrive as server HTML (children).
import type { ComponentChildren } from "preact";
import DataNotice from "../DataNotice.tsx";
import BackupPart from "./BackupPart.tsx";
import LessonsPart, { type LessonLink } from "./LessonsPart.tsx";
import MatrixPart from "./MatrixPart.tsx";
import "./plan.css";

export default function PlanDashboard(props: {
  lessons: LessonLink[];
  base: string;
  children?: ComponentChildren;
}) {
  return (
    <div class="plan">
      <DataNotice />
      <div class="plan-grid">
        <LessonsPart lessons={props.lessons} base={props.base} />
        <MatrixPart base={props.base} />
        {props.children}
      </div>
      <BackupPart />
    </div>
  );
}
