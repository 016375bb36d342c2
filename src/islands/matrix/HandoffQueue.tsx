// The hand-off queue: what to hand off, in order, with each task's figures, the totals per
// month and per year, and a link to plan each handoff.
import type { AnalysedTask, MatrixAnalysis } from "../../lib/matrix/analysis.ts";
import { formatHours, formatMoney } from "../../lib/matrix/format.ts";
import { placementInfo } from "../../lib/matrix/labels.ts";
import { PureComponent } from "../pure-component.ts";
import { TableRegion } from "./TableRegion.tsx";

interface Props {
  analysis: MatrixAnalysis;
  currency: string;
  heading: "h2" | "h3";
  planHref: (taskId: string) => string;
  onSelect: (id: string) => void;
}

export function HandoffQueue({ analysis, currency, heading: Heading, planHref, onSelect }: Props) {
  const { queue, queueMonth, queueYear } = analysis;
  const money = (value: number) => formatMoney(value, currency);
  return (
    <section class="matrix-queue" aria-labelledby="matrix-queue-title">
      <Heading id="matrix-queue-title">Your hand-off queue</Heading>
      {queue.length === 0 ? (
        <p class="matrix-empty">
          Nothing to hand off yet. Tasks that keep the business running land here, the ones you are
          weakest at first.
        </p>
      ) : (
        <>
          <p>
            Hand off one task at a time, starting at the top. Let each handoff settle before you
            start the next: too much too soon is how handoffs fail.
          </p>
          <TableRegion labelledBy="matrix-queue-title">
            <table class="data-table matrix-table">
              <caption class="matrix-caption">
                Figures are for a month, except the last column and the last row, which are for a
                year.
              </caption>
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">Task</th>
                  <th scope="col">Your hours</th>
                  <th scope="col">Provider cost</th>
                  <th scope="col">Oversight hours</th>
                  <th scope="col">Net gain</th>
                  <th scope="col">Net gain a year</th>
                  <th scope="col" class="matrix-no-print">
                    Next step
                  </th>
                </tr>
              </thead>
              <QueueRows
                queue={queue}
                currency={currency}
                planHref={planHref}
                onSelect={onSelect}
              />
              <tfoot>
                <tr>
                  <td></td>
                  <th scope="row">Total a month</th>
                  <td data-total="hours-month">{formatHours(queueMonth.hoursPerMonth)}</td>
                  <td data-total="cost-month">{money(queueMonth.providerCost)}</td>
                  <td data-total="oversight-month">{formatHours(queueMonth.oversightHours)}</td>
                  <td data-total="gain-month">{money(queueMonth.netGain)}</td>
                  <td>{money(queueYear.netGain)}</td>
                  <td class="matrix-no-print"></td>
                </tr>
                <tr>
                  <td></td>
                  <th scope="row">Total a year</th>
                  <td data-total="hours-year">{formatHours(queueYear.hoursPerMonth)}</td>
                  <td data-total="cost-year">{money(queueYear.providerCost)}</td>
                  <td data-total="oversight-year">{formatHours(queueYear.oversightHours)}</td>
                  <td data-total="gain-year">{money(queueYear.netGain)}</td>
                  <td></td>
                  <td class="matrix-no-print"></td>
                </tr>
              </tfoot>
            </table>
          </TableRegion>
          <p class="matrix-summary">
            Handing off the whole queue frees{" "}
            <strong>
              {formatHours(queueMonth.hoursPerMonth - queueMonth.oversightHours)} hours
            </strong>{" "}
            a month after oversight and {queueMonth.netGain >= 0 ? "gains" : "costs"} you{" "}
            <strong>{money(Math.abs(queueMonth.netGain))}</strong> a month (
            {money(Math.abs(queueYear.netGain))} a year).
          </p>
        </>
      )}
    </section>
  );
}

interface RowsProps {
  queue: AnalysedTask[];
  currency: string;
  planHref: (taskId: string) => string;
  onSelect: (id: string) => void;
}

/** The queue's rows; redrawn only when the queue itself changes, not when another lane does. */
class QueueRows extends PureComponent<RowsProps> {
  override render({ queue, currency, planHref, onSelect }: RowsProps) {
    return (
      <tbody>
        {queue.map(({ task, placement, figures }, index) => (
          <QueueRow
            key={task.id}
            id={task.id}
            position={index + 1}
            name={task.name}
            placementTitle={placementInfo[placement].title}
            hoursPerMonth={figures.hoursPerMonth}
            providerCost={figures.providerCost}
            oversightHours={figures.oversightHours}
            netGain={figures.netGain}
            currency={currency}
            planHref={planHref(task.id)}
            onSelect={onSelect}
          />
        ))}
      </tbody>
    );
  }
}

interface RowProps {
  id: string;
  /** 1 for the task to hand off first. */
  position: number;
  name: string;
  placementTitle: string;
  hoursPerMonth: number;
  providerCost: number;
  oversightHours: number;
  netGain: number;
  currency: string;
  planHref: string;
  onSelect: (id: string) => void;
}

/** One task's row in the queue; redrawn only when one of its figures or its place changes. */
class QueueRow extends PureComponent<RowProps> {
  override render(props: RowProps) {
    const money = (value: number) => formatMoney(value, props.currency);
    const first = props.position === 1;
    const loss = props.netGain < 0 ? "is-loss" : undefined;
    return (
      <tr class={first ? "is-start" : undefined}>
        <td>{props.position}</td>
        <th scope="row">
          <button type="button" class="matrix-link-button" onClick={() => props.onSelect(props.id)}>
            {props.name}
          </button>
          <span class="matrix-row-note">
            {props.placementTitle}
            {first && <strong> · Start here</strong>}
          </span>
        </th>
        <td>{formatHours(props.hoursPerMonth)}</td>
        <td>{money(props.providerCost)}</td>
        <td>{formatHours(props.oversightHours)}</td>
        <td class={loss}>{money(props.netGain)}</td>
        <td class={loss}>{money(props.netGain * 12)}</td>
        <td class="matrix-no-print">
          <a href={props.planHref}>
            Plan this handoff<span class="visually-hidden">: {props.name}</span>
          </a>
        </td>
      </tr>
    );
  }
}
