/**
 * The task pane carries only the English catalogue in its first load and brings a Chinese one in
 * on demand (src/register/messages/load.ts); everything else imports all three through the index.
 */
describe("message catalogues loaded on demand", () => {
  const code = "import.no-header";

  it("renders Chinese only after its catalogue is loaded, and never falls back to English", async () => {
    let render!: typeof import("../../src/register/messages/render");
    let load!: typeof import("../../src/register/messages/load");
    jest.isolateModules(() => {
      render = require("../../src/register/messages/render");
      load = require("../../src/register/messages/load");
    });
    expect(render.hasCatalogue("en")).toBe(true);
    expect(render.hasCatalogue("zh-CN")).toBe(false);
    expect(render.renderMessage(code, {}, "en")).toBe(
      "No header row was found in this sheet; its rows were not imported."
    );
    expect(() => render.renderMessage(code, {}, "zh-CN")).toThrow(
      "The zh-CN message catalogue is not loaded"
    );

    await load.loadCatalogue("zh-CN");
    expect(render.renderMessage(code, {}, "zh-CN")).toBe(
      "此工作表中未找到表头行，其中的行未导入。"
    );
    expect(render.hasCatalogue("zh-TW")).toBe(false);

    await load.loadCatalogue("zh-TW");
    expect(render.renderMessage(code, {}, "zh-TW")).toBe(
      "此工作表中找不到標題列，其中的資料列未匯入。"
    );
  });

  it("gives every language through the index, as the CLI and the importer use it", () => {
    let index!: typeof import("../../src/register/messages");
    jest.isolateModules(() => {
      index = require("../../src/register/messages");
    });
    expect(index.renderMessage(code, {}, "zh-CN")).toBe("此工作表中未找到表头行，其中的行未导入。");
    expect(index.renderMessage(code, {}, "zh-TW")).toBe(
      "此工作表中找不到標題列，其中的資料列未匯入。"
    );
  });
});
