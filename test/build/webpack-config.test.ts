import { existsSync, readFileSync } from "fs";
import { join } from "path";

const ROOT = join(__dirname, "..", "..");

const getHttpsServerOptions = jest.fn(async () => ({ ca: "CA", key: "KEY", cert: "CERT" }));
jest.mock("office-addin-dev-certs", () => ({ getHttpsServerOptions }));

type WebpackConfig = {
  entry: Record<string, string>;
  output: { path: string; filename: string; chunkFilename: string; clean: boolean };
  optimization: { runtimeChunk: unknown };
  devtool: unknown;
  plugins: Array<Record<string, unknown>>;
  devServer: { port: number; headers: Record<string, string>; server: unknown };
};
type ConfigFactory = (
  env: Record<string, boolean>,
  argv: { mode: "production" | "development" }
) => Promise<WebpackConfig>;

const makeConfig: ConfigFactory = require(join(ROOT, "webpack.config.js"));

type PluginName =
  "html-webpack-plugin" | "copy-webpack-plugin" | "custom-functions-metadata-plugin";

function plugin(config: WebpackConfig, name: PluginName): Record<string, unknown> {
  const pluginClass = require(name) as new (...args: never[]) => object;
  const found = config.plugins.find((p) => p instanceof pluginClass);
  if (!found) throw new Error(`webpack config has no ${name}`);
  return found;
}

beforeEach(() => getHttpsServerOptions.mockClear());

describe("webpack.config.js", () => {
  test("a production build needs no development certificates", async () => {
    const config = await makeConfig(
      { WEBPACK_BUNDLE: true, WEBPACK_BUILD: true },
      { mode: "production" }
    );
    expect(getHttpsServerOptions).not.toHaveBeenCalled();
    expect(config.devtool).toBe(false);
  });

  test("builds the pane, the custom functions and the commands as named entries", async () => {
    const config = await makeConfig({ WEBPACK_BUILD: true }, { mode: "production" });
    expect(config.entry).toEqual({
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
    });
    expect(existsSync(join(ROOT, config.entry.taskpane))).toBe(true);
    expect(existsSync(join(ROOT, config.entry.commands))).toBe(true);
    expect(config.output).toEqual({
      path: join(ROOT, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash].js",
      clean: true,
    });
  });

  test("loads all three entries on the one shared-runtime page with a single webpack runtime", async () => {
    const config = await makeConfig({ WEBPACK_BUILD: true }, { mode: "production" });
    expect(config.optimization.runtimeChunk).toBe("single");
    const html = plugin(config, "html-webpack-plugin").userOptions as Record<string, unknown>;
    expect(html.filename).toBe("taskpane.html");
    expect(html.chunks).toEqual(["runtime", "taskpane", "functions", "commands"]);
    const template = readFileSync(join(ROOT, String(html.template)), "utf8");
    expect(template).toMatch(/<script[^>]*src="<%= htmlWebpackPlugin\.options\.officeJs %>"/);
    expect(template).toContain('id="container"');
  });

  test("in Excel the page loads Office's hosted office.js; only the preview serves the npm copy", async () => {
    const hosted = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
    const build = await makeConfig({ WEBPACK_BUILD: true }, { mode: "production" });
    const dev = await makeConfig({ WEBPACK_SERVE: true }, { mode: "development" });
    const preview = await makeConfig(
      { WEBPACK_SERVE: true, preview: true },
      { mode: "development" }
    );
    const officeJs = (config: WebpackConfig) =>
      (plugin(config, "html-webpack-plugin").userOptions as Record<string, unknown>).officeJs;
    const copiesOfficeJs = (config: WebpackConfig) =>
      (plugin(config, "copy-webpack-plugin").patterns as Array<{ from: string }>).some((p) =>
        p.from.includes("@microsoft/office-js")
      );
    expect([officeJs(build), officeJs(dev), officeJs(preview)]).toEqual([
      hosted,
      hosted,
      "office-js/office.js",
    ]);
    expect([copiesOfficeJs(build), copiesOfficeJs(dev), copiesOfficeJs(preview)]).toEqual([
      false,
      false,
      true,
    ]);
    expect(existsSync(join(ROOT, "node_modules/@microsoft/office-js/dist/office.js"))).toBe(true);
  });

  test("the page forbids frames and connections to other origins (office.js telemetry)", () => {
    const template = readFileSync(join(ROOT, "src", "taskpane", "taskpane.html"), "utf8");
    const csp =
      /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(template)?.[1] ?? "";
    const directives = new Map(
      csp.split(";").map((d) => {
        const [name, ...sources] = d.trim().split(/\s+/);
        return [name, sources.join(" ")] as const;
      })
    );
    expect(directives.get("frame-src")).toBe("'self'");
    expect(directives.get("connect-src")).toBe("'self'");
    // script-src stays open: the hosted office.js and the host scripts it loads must run.
    expect(directives.has("script-src")).toBe(false);
    expect(directives.has("default-src")).toBe(false);
    expect(template.indexOf("Content-Security-Policy")).toBeLessThan(
      template.indexOf("htmlWebpackPlugin.options.officeJs")
    );
  });

  test("generates functions.json from the functions source", async () => {
    const config = await makeConfig({ WEBPACK_BUILD: true }, { mode: "production" });
    expect(plugin(config, "custom-functions-metadata-plugin").options).toEqual({
      input: "./src/functions/functions.ts",
      output: "functions.json",
    });
  });

  test("copies the icons and the manifest into dist", async () => {
    const config = await makeConfig({ WEBPACK_BUILD: true }, { mode: "production" });
    const patterns = plugin(config, "copy-webpack-plugin").patterns as Array<{
      from: string;
      to: string;
    }>;
    const copies = patterns.map(({ from, to }) => [from, to]);
    expect(copies).toEqual(
      expect.arrayContaining([
        ["assets/*.png", "assets/[name][ext]"],
        ["manifest.xml", "manifest.xml"],
      ])
    );
  });

  test("webpack serve runs https on port 3000 with the Office dev certificates", async () => {
    const config = await makeConfig({ WEBPACK_SERVE: true }, { mode: "development" });
    expect(getHttpsServerOptions).toHaveBeenCalledTimes(1);
    expect(config.devServer.port).toBe(3000);
    expect(config.devServer.headers).toEqual({ "Access-Control-Allow-Origin": "*" });
    expect(config.devServer.server).toEqual({
      type: "https",
      options: { ca: "CA", key: "KEY", cert: "CERT" },
    });
  });
});
