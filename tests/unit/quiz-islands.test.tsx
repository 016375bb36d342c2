// The quiz islands in a DOM: answering saves at once, and a shared link shows its result or a
// plain message without touching the visitor's own saved quiz.
import { fireEvent, render, screen, waitFor } from "@testing-library/preact";
import { afterEach, describe, expect, test } from "vitest";
import QuizApp from "../../src/islands/quiz/QuizApp.tsx";
import SharedResult from "../../src/islands/quiz/SharedResult.tsx";
import { resultWords } from "../../src/lib/quiz/area-views.ts";
import { encodeAnswers } from "../../src/lib/quiz/link-codec.ts";
import { contentVersions, currentScoring, publishedScorings } from "../support/quiz-fixtures.ts";
import { savedDocument, savedText } from "../support/saved-text.ts";

const words = resultWords("/", {});
const quiz = contentVersions.at(-1)!;

afterEach(() => {
  history.replaceState(null, "", "/");
});

describe("QuizApp", () => {
  test("shows one question with its progress and saves an answer as soon as it is given", async () => {
    render(<QuizApp quiz={quiz} words={words} />);
    await screen.findByText("Question 1 of 14");
    expect(screen.getByRole("group", { name: quiz.questions[0]!.prompt })).toBeTruthy();
    // Opening the quiz is not an answer: nothing is saved until the person gives one.
    expect(savedText("handoff:quiz")).toBeNull();

    fireEvent.click(screen.getByRole("button", { name: "Next" }));
    await screen.findByText("Choose an answer to continue.");

    fireEvent.click(screen.getByLabelText(quiz.questions[0]!.answers[2]!.text));
    const saved = savedDocument("handoff:quiz");
    expect(saved.data.answers[0]).toBe(2);

    fireEvent.click(screen.getByRole("button", { name: "Next" }));
    await screen.findByText("Question 2 of 14");
    expect(savedDocument("handoff:quiz").data.position).toBe(1);
  });
});

describe("SharedResult", () => {
  const ownQuiz = JSON.stringify({
    version: 1,
    data: { quizVersion: 1, answers: [1], position: 0, finished: false, history: [] },
  });

  test("a valid link shows the decoded result, labelled as shared, and stores nothing", async () => {
    localStorage.setItem("handoff:quiz", ownQuiz);
    const answers = currentScoring.questions.map((q) => q.scores.length - 1);
    history.replaceState(
      null,
      "",
      `/quiz/result/ready-to-scale/#${encodeAnswers(currentScoring, answers)}`,
    );
    render(<SharedResult versions={publishedScorings} words={words} />);
    await screen.findByText("A shared result.");
    expect(document.querySelector("[data-quiz-score]")?.textContent).toBe("100");
    expect(localStorage.getItem("handoff:quiz")).toBe(ownQuiz);
    expect(localStorage.length).toBe(1);
  });

  test.each(["AAAA", "<img src=x onerror=alert(1)>", "B" + "_".repeat(40)])(
    "a broken link (%j) shows a plain message and renders none of it",
    async (text) => {
      history.replaceState(null, "", `/quiz/result/getting-ready/#${text}`);
      const { container } = render(<SharedResult versions={publishedScorings} words={words} />);
      await screen.findByText("This result link is broken");
      expect(container.querySelector("img")).toBeNull();
      expect(container.querySelector("[data-quiz-result]")).toBeNull();
      await waitFor(() => expect(location.pathname).toBe("/quiz/result/getting-ready/"));
    },
  );
});
