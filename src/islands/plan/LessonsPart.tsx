// My plan: which lessons are read, and a link to the next one to read.
import { useStore } from "@nanostores/preact";
import { $progress } from "../../stores/progress.ts";
import "./plan.css";

export interface LessonLink {
  id: string;
  title: string;
}

export default function LessonsPart({ lessons, base }: { lessons: LessonLink[]; base: string }) {
  const { read } = useStore($progress);
  const done = lessons.filter((lesson) => read[lesson.id] !== undefined).length;
  const next = lessons.find((lesson) => read[lesson.id] === undefined);
  return (
    <section class="plan-part" aria-labelledby="plan-lessons">
      <h2 id="plan-lessons">Lessons read</h2>
      <p data-plan-lessons-count>
        {done === 0
          ? "You have not finished a lesson yet. A lesson counts as read when you reach its end or tick “I have read this lesson”."
          : `You have read ${done} of ${lessons.length} ${lessons.length === 1 ? "lesson" : "lessons"}.`}
      </p>
      <ol class="plan-lessons">
        {lessons.map((lesson) => {
          const isRead = read[lesson.id] !== undefined;
          return (
            <li key={lesson.id} data-read={isRead ? "" : undefined}>
              <a href={`${base}lessons/${lesson.id}/`}>{lesson.title}</a>
              {isRead && <span class="pill plan-badge">Read</span>}
            </li>
          );
        })}
      </ol>
      {next && (
        <p>
          <a class="button primary" href={`${base}lessons/${next.id}/`}>
            {done === 0 ? "Start with" : "Read next:"} {next.title}
          </a>
        </p>
      )}
    </section>
  );
}
