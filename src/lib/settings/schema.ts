// The reader's settings' schema (zod/mini) and full document spec, loaded once there is saved
// text to read. So far the settings hold only the theme.
import * as z from "zod/mini";
import type { DocumentSpec } from "../storage/document.ts";
import { settingsDocument } from "./document.ts";

// Each object schema is built on first use (z.lazy); DocumentSpec.schema says why.

// The site shell writes this document without the schema library (see theme-setting.ts). It does
// not import that module, so the shell's few lines stay in the shell's own file rather than in a
// chunk shared with this schema; the settings unit tests keep the two in agreement.
export const settingsSchema = z.lazy(() =>
  z.object({
    /** The theme the reader chose; absent means the page follows the system's light or dark. */
    theme: z.optional(z.enum(["light", "dark"])),
  }),
);

export type Settings = z.infer<typeof settingsSchema>;

export const settingsDocumentSpec: DocumentSpec<Settings> = {
  ...settingsDocument,
  schema: settingsSchema,
  summarize: ({ theme }) => (theme ? `${theme} theme` : "theme follows the system"),
};
