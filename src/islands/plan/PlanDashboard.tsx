// My plan: everything this browser has saved, each part linking to where it is edited, with
// backups and "forget everything".
import DataNotice from "../DataNotice.tsx";
import BackupPart from "./BackupPart.tsx";
import LessonsPart, { type LessonLink } from "./LessonsPart.tsx";
import { checklistsInvitation, matrixInvitation, quizInvitation } from "./PartInvitations.tsx";
import { loadPart, SavedPart } from "./SavedPart.tsx";
import { storageKey } from "../../lib/storage/document-basics.ts";
import { readRaw } from "../../stores/storage-engine.ts";
import "./plan.css";
// Settings have no part of their own, but backups and the damaged-data notice cover them too.
import "../../stores/settings.ts";

// The worksheets' parts load with their saved work; a first visit shows only invitations.
const worksheetParts = [
  { document: "matrix", load: () => import("./MatrixPart.tsx"), invitation: matrixInvitation },
  {
    document: "checklists",
    load: () => import("./ChecklistsPart.tsx"),
    invitation: checklistsInvitation,
  },
  { document: "quiz", load: () => import("./QuizPart.tsx"), invitation: quizInvitation },
];
// Parts with saved work load with the page, so My plan draws them in one step. One that cannot
// load now says so when it is drawn.
await Promise.all(
  worksheetParts
    .filter(({ document }) => readRaw(storageKey(document)) !== undefined)
    .map(({ document, load }) => loadPart(document, load).catch(() => {})),
);

export default function PlanDashboard(props: { lessons: LessonLink[]; base: string }) {
  return (
    <div class="plan">
      <DataNotice />
      <div class="plan-grid">
        <LessonsPart lessons={props.lessons} base={props.base} />
        {worksheetParts.map(({ document, load, invitation }) => (
          <SavedPart
            key={document}
            document={document}
            load={load}
            invitation={invitation}
            base={props.base}
          />
        ))}
      </div>
      <BackupPart />
    </div>
  );
}
