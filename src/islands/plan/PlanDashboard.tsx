// My plan: everything this browser has saved, each part linking to where it is edited, with
// backups and "forget everything".
import DataNotice from "../DataNotice.tsx";
import { dropFirstVisitHtml } from "../first-visit-html.ts";
import { WorksheetRoot } from "../WorksheetRoot.tsx";
import BackupPart from "./BackupPart.tsx";
import LessonsPart, { type LessonLink } from "./LessonsPart.tsx";
import { checklistsInvitation, matrixInvitation, quizInvitation } from "./PartInvitations.tsx";
import { SavedPart, type PartComponent } from "./SavedPart.tsx";
import { loadOnce } from "../../lib/load-once.ts";
import { progressDocument } from "../../lib/progress/document.ts";
import { hasSavedText } from "../../stores/persisted-document.ts";
import "./plan.css";
// Settings have no part of their own, but backups and the damaged-data notice cover them too.
import "../../stores/settings.ts";

// The worksheets' parts load with their saved work; a first visit shows only invitations.
const part = (importPart: () => Promise<{ default: PartComponent }>) =>
  loadOnce(() => importPart().then((module) => module.default));
const worksheetParts = [
  {
    document: "matrix",
    code: part(() => import("./MatrixPart.tsx")),
    invitation: matrixInvitation,
  },
  {
    document: "checklists",
    code: part(() => import("./ChecklistsPart.tsx")),
    invitation: checklistsInvitation,
  },
  { document: "quiz", code: part(() => import("./QuizPart.tsx")), invitation: quizInvitation },
];
// Parts with saved work load with the page, so My plan draws them in one step. One that cannot
// load now says so when it is drawn.
await Promise.all(
  worksheetParts
    .filter(({ document }) => hasSavedText(document))
    .map(({ code }) => code.load().catch(() => {})),
);
// The build's HTML shows nothing saved: no lesson read, and an invitation for each worksheet.
const documents = [progressDocument.name, ...worksheetParts.map(({ document }) => document)];
dropFirstVisitHtml(documents);

export default function PlanDashboard(props: { lessons: LessonLink[]; base: string }) {
  return (
    <WorksheetRoot class="plan" documents={documents}>
      <DataNotice />
      <div class="plan-grid">
        <LessonsPart lessons={props.lessons} base={props.base} />
        {worksheetParts.map(({ document, code, invitation }) => (
          <SavedPart
            key={document}
            document={document}
            code={code}
            invitation={invitation}
            base={props.base}
          />
        ))}
      </div>
      <BackupPart />
    </WorksheetRoot>
  );
}
