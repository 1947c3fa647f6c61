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
    expect(template).toMatch(/<script[^>]*src="office-js\/office\.js"/);
    expect(template).toContain('id="container"');
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
    expect(template.indexOf("Content-Security-Policy")).toBeLessThan(
      template.indexOf('src="office-js/office.js"')
    );
  });

  test("generates functions.json from the functions source", async () => {
    const config = await makeConfig({ WEBPACK_BUILD: true }, { mode: "production" });
    expect(plugin(config, "custom-functions-metadata-plugin").options).toEqual({
      input: "./src/functions/functions.ts",
      output: "functions.json",
    });
  });

  test("copies the icons, the manifest and a local office.js into dist", async () => {
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
        ["node_modules/@microsoft/office-js/dist", "office-js"],
      ])
    );
    expect(existsSync(join(ROOT, "node_modules/@microsoft/office-js/dist/office.js"))).toBe(true);
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
