/**
 * The preview adapter as the pane's bootstrap sees it: a light front that fetches the real one
 * (preview-workbook.ts, with the engine) on the first action, so that outside Office the first
 * load holds only the pane itself; the .xlsx library follows with the first file opened.
 */
import type { FileActions, RegisterActions } from "../actions";
import type { PreviewOptions } from "./preview-workbook";

export type { PreviewOptions };

type MethodKey = Exclude<keyof RegisterActions, "mode" | "file">;

/** Every action, as a record so that the compiler notices one missing here. */
const METHODS: Record<MethodKey, true> = {
  status: true,
  setUp: true,
  listSourceSheets: true,
  previewMapping: true,
  previewImport: true,
  runImport: true,
  showSheet: true,
  getSettings: true,
  saveSettings: true,
  recomputeTiers: true,
  listClients: true,
  selectedClient: true,
  complaintDueDate: true,
  addComplaint: true,
  listOpenComplaints: true,
  setComplaintStatus: true,
  addVisit: true,
  generateBookReview: true,
  generateClientReviews: true,
};

export function createPreviewActions(options: PreviewOptions): RegisterActions {
  let real: RegisterActions | null = null;
  let loading: Promise<RegisterActions> | null = null;
  const load = (): Promise<RegisterActions> =>
    (loading ??= import(/* webpackChunkName: "preview-workbook" */ "./preview-workbook").then(
      (m) => (real = m.createPreviewWorkbook(options))
    ));
  const loadFile = async (): Promise<FileActions> => {
    const actions = await load();
    if (!actions.file) throw new Error("The preview adapter has no file actions.");
    return actions.file;
  };

  const front: Record<string, unknown> = {};
  for (const key of Object.keys(METHODS) as MethodKey[]) {
    front[key] = async (...args: unknown[]) =>
      ((await load())[key] as (...a: unknown[]) => Promise<unknown>)(...args);
  }
  const file: FileActions = {
    currentFile: () => real?.file?.currentFile() ?? null,
    open: async (fileName, bytes) => (await loadFile()).open(fileName, bytes),
    openSample: async () => (await loadFile()).openSample(),
    save: async () => (await loadFile()).save(),
  };
  return { ...(front as Omit<RegisterActions, "mode" | "file">), mode: "preview", file };
}
