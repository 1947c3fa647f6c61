// Localized custom-function metadata (functions-zh-CN.json, functions-zh-TW.json): the build's
// functions.json with each function's and parameter's description replaced from
// src/functions/locales/<locale>.json. Ids and names stay as they are, so formulas are the same in
// every language. Office picks the file through the manifest's <bt:Override> of the metadata URL
// ("create a new JSON metadata file for each language",
// https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-naming).

const path = require("path");

const LOCALES = ["zh-CN", "zh-TW"];

/** The localized metadata text; throws when a translation is missing or names something unknown. */
function localizeMetadata(metadataJson, translations, locale) {
  const metadata = JSON.parse(metadataJson);
  const problems = [];
  const known = new Set(metadata.functions.map((f) => f.id));
  for (const id of Object.keys(translations))
    if (!known.has(id)) problems.push(`${id} is not a custom function`);
  for (const fn of metadata.functions) {
    const entry = translations[fn.id];
    if (!entry || typeof entry.description !== "string" || entry.description.trim() === "") {
      problems.push(`${fn.id} has no description`);
      continue;
    }
    fn.description = entry.description;
    const params = entry.parameters ?? {};
    const names = new Set(fn.parameters.map((p) => p.name));
    for (const name of Object.keys(params))
      if (!names.has(name)) problems.push(`${fn.id} has no parameter ${name}`);
    for (const parameter of fn.parameters) {
      const text = params[parameter.name];
      if (typeof text !== "string" || text.trim() === "")
        problems.push(`${fn.id}(${parameter.name}) has no description`);
      else parameter.description = text;
    }
  }
  if (problems.length > 0)
    throw new Error(`functions-${locale}.json: ${problems.join("; ")}.`);
  return JSON.stringify(metadata);
}

function readTranslations(locale) {
  return require(path.resolve(__dirname, `../src/functions/locales/${locale}.json`));
}

/** Webpack plugin: emits functions-<locale>.json next to the functions.json another plugin emits. */
class LocalizedFunctionsMetadataPlugin {
  constructor({ source = "functions.json" } = {}) {
    this.source = source;
  }

  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("LocalizedFunctionsMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: "LocalizedFunctionsMetadataPlugin",
          stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL,
        },
        () => {
          const asset = compilation.getAsset(this.source);
          if (!asset) return; // the metadata plugin reported why
          for (const locale of LOCALES) {
            try {
              const text = localizeMetadata(
                asset.source.source().toString(),
                readTranslations(locale),
                locale
              );
              compilation.emitAsset(
                this.source.replace(/\.json$/, `-${locale}.json`),
                new sources.RawSource(text)
              );
            } catch (error) {
              compilation.errors.push(new WebpackError(error.message));
            }
          }
        }
      );
    });
  }
}

module.exports = { LOCALES, localizeMetadata, readTranslations, LocalizedFunctionsMetadataPlugin };
