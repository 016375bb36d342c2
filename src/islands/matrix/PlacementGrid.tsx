// The matrix itself: the Keep lane above a 2x2 grid (grows / keeps running by strength /
// weakness), each task a chip in its place that opens it for editing.
import type { AnalysedTask } from "../../lib/matrix/analysis.ts";
import { placementInfo } from "../../lib/matrix/labels.ts";
import type { Placement } from "../../lib/matrix/placement.ts";
import { formatHours } from "../../lib/matrix/format.ts";
import { PureComponent } from "../pure-component.ts";

interface Props {
  byPlacement: Record<Placement, AnalysedTask[]>;
  /** The id of the task the hand-off queue starts with, marked on its chip. */
  startId: string | undefined;
  selectedId: string | undefined;
  heading: "h3" | "h4";
  lessonHref: (slug: string) => string;
  onSelect: (id: string) => void;
}

/** Grid cells in reading order: row "grows" then "keeps running", column strength then weakness. */
const cells: { placement: Placement; row: string; column: string }[] = [
  { placement: "master-keep", row: "Grows the business", column: "Strength" },
  { placement: "learn-delegate", row: "Grows the business", column: "Weakness" },
  { placement: "systemize-delegate", row: "Keeps it running", column: "Strength" },
  { placement: "outsource-first", row: "Keeps it running", column: "Weakness" },
];

export function PlacementGrid({ byPlacement, startId, selectedId, ...shared }: Props) {
  // Each lane hears only of the start and the selection when they are its own, so an edit in one
  // lane leaves the other lanes' hundreds of chips alone.
  const lane = (placement: Placement, extraClass: string, where?: string) => {
    const entries = byPlacement[placement];
    const own = (id: string | undefined) =>
      id !== undefined && entries.some((entry) => entry.task.id === id) ? id : undefined;
    return (
      <Lane
        {...shared}
        key={placement}
        placement={placement}
        entries={entries}
        extraClass={extraClass}
        where={where}
        startId={own(startId)}
        selectedId={own(selectedId)}
      />
    );
  };

  return (
    <div class="matrix-board">
      {lane("keep-lead", "matrix-keep")}
      <div class="matrix-grid">
        <span class="matrix-axis matrix-axis-col" aria-hidden="true">
          Strength
        </span>
        <span class="matrix-axis matrix-axis-col" aria-hidden="true">
          Weakness
        </span>
        {cells.map((cell) =>
          lane(
            cell.placement,
            `matrix-quadrant matrix-${cell.placement}`,
            `${cell.row} · ${cell.column}`,
          ),
        )}
      </div>
    </div>
  );
}

interface LaneProps extends Omit<Props, "byPlacement"> {
  placement: Placement;
  entries: AnalysedTask[];
  extraClass: string;
  /** Where the lane sits in the grid, in words; the Keep lane has none. */
  where: string | undefined;
}

/** One placement's lane of chips; redrawn only when its tasks, start or selection change. */
class Lane extends PureComponent<LaneProps> {
  override render(props: LaneProps) {
    const { placement, entries, startId, selectedId, onSelect, heading: Heading } = props;
    const info = placementInfo[placement];
    return (
      <section class={`matrix-cell ${props.extraClass}`} aria-labelledby={`cell-${placement}`}>
        <Heading id={`cell-${placement}`} class="matrix-cell-title">
          {info.title}
        </Heading>
        {props.where && <p class="matrix-cell-where">{props.where}</p>}
        <p class="matrix-cell-advice">
          {info.advice}{" "}
          <a href={props.lessonHref(info.lesson)}>
            Read “{info.lessonLabel}”<span class="visually-hidden"> (lesson)</span>
          </a>
        </p>
        {entries.length === 0 ? (
          <p class="matrix-empty">No tasks here yet.</p>
        ) : (
          <ul class="matrix-chips">
            {entries.map(({ task, figures }) => (
              <TaskChip
                key={task.id}
                id={task.id}
                name={task.name}
                hoursPerMonth={figures.hoursPerMonth}
                isStart={task.id === startId}
                selected={task.id === selectedId}
                onSelect={onSelect}
              />
            ))}
          </ul>
        )}
      </section>
    );
  }
}

interface ChipProps {
  id: string;
  name: string;
  hoursPerMonth: number;
  /** Whether the hand-off queue starts with this task. */
  isStart: boolean;
  selected: boolean;
  onSelect: (id: string) => void;
}

/** One task in its place; redrawn only when what it shows changes. */
class TaskChip extends PureComponent<ChipProps> {
  override render({ id, name, hoursPerMonth, isStart, selected, onSelect }: ChipProps) {
    return (
      <li>
        <button
          type="button"
          class={`matrix-chip${selected ? " is-selected" : ""}`}
          aria-current={selected ? "true" : undefined}
          data-task-id={id}
          onClick={() => onSelect(id)}
        >
          <span class="matrix-chip-name">{name}</span>
          <span class="matrix-chip-hours">{formatHours(hoursPerMonth)} h/mo</span>
          {isStart && <span class="matrix-chip-start">Start here</span>}
        </button>
      </li>
    );
  }
}
