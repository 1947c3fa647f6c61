// office-addin-mock pulls office-addin-manifest, which requires the ESM-only strip-bom; Jest 30
// on Node 20 cannot load it. The mock never calls it, so a CommonJS equivalent is enough.
module.exports = (text) =>
  typeof text === "string" && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
