// The handoff brief for the provider: a print view, Markdown to copy, and the calendar file.
import { useEffect, useRef, useState } from "preact/hooks";
import type { Handoff } from "../../lib/checklist/schema.ts";
import { briefEntries, briefMarkdown, NOT_WRITTEN } from "../../lib/checklist/brief.ts";
import { calendarFile, calendarFileName } from "../../lib/checklist/calendar.ts";
import { downloadFile } from "../download-file.ts";

interface Props {
  handoff: Handoff;
  onClose: () => void;
}

/** Today's date on the person's own calendar, as YYYY-MM-DD. */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function BriefView({ handoff, onClose }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const markdownRef = useRef<HTMLTextAreaElement>(null);
  const [status, setStatus] = useState("");
  const markdown = briefMarkdown(handoff);

  useEffect(() => headingRef.current?.focus(), []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(markdown);
      setStatus("Copied the brief as Markdown. Paste it into an email or a document.");
    } catch {
      // Some browsers refuse the clipboard; the text is selected so the person can copy it.
      const area = markdownRef.current;
      area?.focus();
      area?.select();
      setStatus(
        "Your browser did not allow copying. The Markdown is selected: press Ctrl+C (or ⌘C).",
      );
    }
  };

  const download = async () => {
    try {
      const text = await calendarFile(handoff, localToday());
      downloadFile(calendarFileName(handoff), text, "text/calendar");
      setStatus("Downloaded the calendar file. Open it to add the check-ins to your calendar.");
    } catch {
      setStatus("The calendar file could not be made. Please try again.");
    }
  };

  return (
    <article class="brief" aria-labelledby="brief-title" data-brief>
      <div class="brief-actions no-print">
        <button type="button" class="button" onClick={onClose}>
          Back to the checklist
        </button>
        <button type="button" class="button primary" onClick={() => window.print()}>
          Print the brief
        </button>
        <button type="button" class="button" onClick={copy}>
          Copy as Markdown
        </button>
        <button type="button" class="button" onClick={download}>
          Download check-ins (.ics)
        </button>
      </div>
      <p class="brief-status no-print" role="status">
        {status}
      </p>
      <h2 id="brief-title" ref={headingRef} tabIndex={-1}>
        Handoff brief: {handoff.name}
      </h2>
      <dl class="brief-entries">
        {briefEntries(handoff).map((entry) => (
          <div class="brief-entry">
            <dt>{entry.heading}</dt>
            <dd>{entry.text === "" ? NOT_WRITTEN : entry.text}</dd>
          </div>
        ))}
      </dl>
      <details class="brief-markdown no-print">
        <summary>Show the Markdown</summary>
        <label for="brief-markdown-text">The brief as Markdown</label>
        <textarea id="brief-markdown-text" ref={markdownRef} readOnly rows={12} value={markdown} />
      </details>
    </article>
  );
}
