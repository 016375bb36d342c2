// The task matrix's saved document; the matrix issue adds its actions here.
import { persistedDocument } from "./persisted-document.ts";
import { matrixDocumentSpec } from "../lib/matrix/document.ts";

export const $matrix = persistedDocument(matrixDocumentSpec);
