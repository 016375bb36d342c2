// Packs a quiz version and its answers into a short, checked text for a result link's fragment.
//
// Layout, every character from the URL-safe base64 alphabet:
//   [version][answers, three per character][check]
// Each answer is an index from 0 to 3 (two bits), so three answers fill one character (six
// bits). Unused slots in the last character must be zero, so every answer set has exactly one
// encoding. The check character is Luhn mod 64 over everything before it, which catches every
// single changed character; a lost or added character changes the length, which the version
// fixes exactly.
import type { QuizScoring } from "./scoring.ts";

const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const radix = alphabet.length;
const answersPerChar = 3;

/** The highest quiz version a link can name: the version is one character. */
export const maxLinkVersion = radix - 1;

/** Why a link's text could not be read; each gets the same plain message for the reader. */
export type LinkProblem =
  "empty" | "bad-character" | "bad-check" | "unknown-version" | "wrong-length" | "bad-answer";

export type LinkDecodeResult =
  { ok: true; version: number; answers: number[] } | { ok: false; problem: LinkProblem };

function digit(char: string): number {
  return alphabet.indexOf(char);
}

/** Luhn mod N: doubles every second digit from the right, folding the result back into 0..N-1. */
function luhnSum(digits: readonly number[], doubleFirst: boolean): number {
  let sum = 0;
  let double = doubleFirst;
  for (let i = digits.length - 1; i >= 0; i--) {
    let addend = digits[i]! * (double ? 2 : 1);
    addend = Math.floor(addend / radix) + (addend % radix);
    sum += addend;
    double = !double;
  }
  return sum % radix;
}

function checkDigit(digits: readonly number[]): number {
  return (radix - luhnSum(digits, true)) % radix;
}

/** How many characters the answers of a quiz with `questions` questions take. */
function answerChars(questions: number): number {
  return Math.ceil(questions / answersPerChar);
}

/** Encodes a complete, valid answer set for `scoring`'s version. Throws on anything else. */
export function encodeAnswers(scoring: QuizScoring, answers: readonly number[]): string {
  if (!Number.isInteger(scoring.version) || scoring.version < 1 || scoring.version > maxLinkVersion)
    throw new Error(`Quiz version ${scoring.version} cannot be put in a link.`);
  if (answers.length !== scoring.questions.length)
    throw new Error(`Expected ${scoring.questions.length} answers, got ${answers.length}.`);
  answers.forEach((answer, i) => {
    const options = scoring.questions[i]!.scores.length;
    if (!Number.isInteger(answer) || answer < 0 || answer >= options || answer > 3)
      throw new Error(`Answer ${answer} is not an option for question ${i + 1}.`);
  });
  const digits = [scoring.version];
  for (let c = 0; c < answerChars(answers.length); c++) {
    let value = 0;
    for (let slot = 0; slot < answersPerChar; slot++) {
      value = value * 4 + (answers[c * answersPerChar + slot] ?? 0);
    }
    digits.push(value);
  }
  digits.push(checkDigit(digits));
  return digits.map((d) => alphabet[d]).join("");
}

/**
 * Reads a link's text back into a version and answers. Never throws: anything that is not
 * exactly what encodeAnswers would write for a known version is reported as a problem.
 */
export function decodeAnswers(versions: readonly QuizScoring[], text: string): LinkDecodeResult {
  if (text.length === 0) return { ok: false, problem: "empty" };
  const digits = [...text].map(digit);
  if (digits.some((d) => d < 0)) return { ok: false, problem: "bad-character" };
  if (digits.length < 2 || luhnSum(digits, false) !== 0) return { ok: false, problem: "bad-check" };

  const scoring = versions.find((v) => v.version === digits[0]);
  if (!scoring) return { ok: false, problem: "unknown-version" };
  const count = scoring.questions.length;
  if (digits.length !== 2 + answerChars(count)) return { ok: false, problem: "wrong-length" };

  const answers: number[] = [];
  for (let c = 0; c < answerChars(count); c++) {
    const value = digits[1 + c]!;
    for (let slot = 0; slot < answersPerChar; slot++) {
      const answer = (value >> (2 * (answersPerChar - 1 - slot))) & 3;
      const index = c * answersPerChar + slot;
      if (index < count) {
        if (answer >= scoring.questions[index]!.scores.length)
          return { ok: false, problem: "bad-answer" };
        answers.push(answer);
      } else if (answer !== 0) {
        return { ok: false, problem: "bad-answer" };
      }
    }
  }
  return { ok: true, version: scoring.version, answers };
}
