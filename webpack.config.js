// Builds the add-in into dist/: one shared-runtime page (taskpane.html) that loads the task
// pane, the custom functions and the ribbon commands, plus functions.json, icons and manifest.

const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { LocalizedFunctionsMetadataPlugin } = require("./scripts/localize-functions");

const DEV_SERVER_PORT = 3000;
/** `npm run preview`: the pane outside Office, on plain http (no certificates needed). */
const PREVIEW_PORT = 3001;

/**
 * In Office the page loads Office's hosted office.js: the @microsoft/office-js npm package is a
 * frozen snapshot (its README says it is no longer supported; its Excel proxies stop at
 * ExcelApi 1.15 and lack the notes API). Only the preview build (outside Office, offline) serves
 * the npm copy from its own origin; the end-to-end test routes the hosted URL to that copy.
 */
const HOSTED_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const LOCAL_OFFICE_JS = "office-js/office.js";

/** Trusted localhost certificates; only `webpack serve` needs them, never a production build. */
async function getHttpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const preview = Boolean(env.preview);
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash].js",
      clean: true,
    },
    optimization: {
      // The three entries run on one page: a single runtime gives them one module registry,
      // so state set by the pane (e.g. the "Generate reviews" job) is seen by the commands.
      runtimeChunk: "single",
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".jsx"],
      // The .xlsx modules run in the browser in preview mode: exceljs brings its own browser
      // build, and the file writer's Node-only helpers (writing to a path) are never called there.
      fallback: { fs: false, path: false, os: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              // tsconfig emits CommonJS for Node; the bundle needs ES modules so that webpack
              // can tree-shake Fluent UI and split dynamic import() calls into chunks.
              compilerOptions: { module: "esnext", sourceMap: dev },
            },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      // functions-zh-CN.json and functions-zh-TW.json, named in the manifest's locale overrides.
      new LocalizedFunctionsMetadataPlugin({ source: "functions.json" }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["runtime", "taskpane", "functions", "commands"],
        officeJs: preview ? LOCAL_OFFICE_JS : HOSTED_OFFICE_JS,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
          // Preview only: the npm office.js from our own origin, so the preview makes no network
          // calls beyond it. Debug builds and type definitions are left out: office.js never loads them.
          ...(preview
            ? [
                {
                  from: "node_modules/@microsoft/office-js/dist",
                  to: "office-js",
                  globOptions: { ignore: ["**/*.debug.js", "**/*.d.ts"] },
                },
              ]
            : []),
          // The bundled sample workbook, one click away in preview mode.
          { from: "assets/samples/messy-clients.xlsx", to: "samples/messy-clients.xlsx" },
        ],
      }),
    ],
    performance: {
      // Fluent UI and React make the pane bundle larger than webpack's 244 KiB default.
      maxEntrypointSize: 2 * 1024 * 1024,
      maxAssetSize: 2 * 1024 * 1024,
    },
    devServer: preview
      ? { port: PREVIEW_PORT, host: "127.0.0.1", server: "http", open: false }
      : {
          port: DEV_SERVER_PORT,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: env.WEBPACK_SERVE ? { type: "https", options: await getHttpsOptions() } : "https",
        },
  };
};
