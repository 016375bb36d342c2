// The checklist once there is a handoff: the list with each one's progress, and the open one's
// steps and warnings. Loaded only then, with the step content and the task matrix it reads.
import type { Ref } from "preact";
import { useStore } from "@nanostores/preact";
import type { ChecklistsDocument } from "../../lib/checklist/schema.ts";
import { activeHandoff } from "../../lib/checklist/handoffs.ts";
import { isReady, overallProgress } from "../../lib/checklist/progress.ts";
import { needsLeaderDecision, warningsFor } from "../../lib/checklist/warnings.ts";
import { $matrix } from "../../stores/matrix.ts";
import { HandoffEditor } from "./HandoffEditor.tsx";
import { HandoffList } from "./HandoffList.tsx";
import { FirstHandoffInvitation } from "./FirstHandoffInvitation.tsx";

interface Props {
  doc: ChecklistsDocument;
  /** Set when the open handoff's heading should take focus. */
  focusKey: number;
  nameInputRef: Ref<HTMLInputElement>;
  onOpen: (id: string) => void;
  onStart: (name: string) => boolean;
  /** Opens the brief; rejects if its code could not be loaded. */
  onOpenBrief: () => Promise<void>;
  onAnnounce: (message: string) => void;
  onDeleted: () => void;
}

export function HandoffWorkspace({ doc, ...props }: Props) {
  const tasks = useStore($matrix).tasks;
  const active = activeHandoff(doc);
  const statuses = Object.fromEntries(
    doc.handoffs.map((handoff) => {
      if (isReady(handoff, needsLeaderDecision(handoff, tasks))) return [handoff.id, "Ready"];
      const progress = overallProgress(handoff);
      return [handoff.id, `${progress.done} of ${progress.total} steps`];
    }),
  );

  return (
    <div class="checklist-layout">
      <HandoffList
        handoffs={doc.handoffs}
        activeId={active?.id}
        statuses={statuses}
        nameInputRef={props.nameInputRef}
        onOpen={props.onOpen}
        onStart={props.onStart}
      />
      {active ? (
        <HandoffEditor
          handoff={active}
          warnings={warningsFor(active, tasks, doc.handoffs)}
          needsLeaderDecision={needsLeaderDecision(active, tasks)}
          focusKey={props.focusKey}
          onOpenBrief={props.onOpenBrief}
          onAnnounce={props.onAnnounce}
          onDeleted={props.onDeleted}
        />
      ) : (
        <FirstHandoffInvitation />
      )}
    </div>
  );
}
