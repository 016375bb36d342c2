// The task matrix worked out: placements, figures and the hand-off queue. Its own module, so a
// page that only lists or edits tasks does not load the calculator.
import { computed } from "nanostores";
import { analyseMatrix, type MatrixAnalysis } from "../lib/matrix/analysis.ts";
import { $matrix } from "./matrix.ts";

/**
 * Placements, figures and the hand-off queue, worked out again only when the document changes,
 * and then only for the tasks that changed.
 */
let latestAnalysis: MatrixAnalysis | undefined;
export const $matrixAnalysis = computed($matrix, (document) => {
  latestAnalysis = analyseMatrix(document, latestAnalysis);
  return latestAnalysis;
});
