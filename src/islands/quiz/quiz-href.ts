// The quiz's own address under the base path, for "take the quiz yourself" links.
export const quizHref = `${import.meta.env.BASE_URL}quiz/`;
