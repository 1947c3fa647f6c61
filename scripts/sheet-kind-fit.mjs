#!/usr/bin/env node
/**
 * Fits one sheet-kind score over every labelled table of the development set and measures it
 * honestly: a multinomial logistic regression with an L2 penalty (plain JS, no dependency) over
 * the features of src/importer/sheet-features.ts, judged leave-one-repository-out — each
 * repository's tables are predicted by a model fitted on the other repositories only. Prints the
 * rules' confusion matrix, the model's LORO accuracy per class, and the model combined with the
 * rules (the model decides only where it is confident against them).
 *
 *   node scripts/sheet-kind-data.mjs --exclude $(cat checkset.txt) --out data.json
 *   node scripts/sheet-kind-fit.mjs data.json [--lambda 0.01] [--weights out.json]
 *
 * --weights writes the model fitted on all tables as JSON (no engine module reads it: the model
 * did not beat the rules, see README).
 */
import { createRequire } from "module";
import { promises as fs } from "fs";
import * as path from "path";
import { fileURLToPath } from "url";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const lambda = Number(option("--lambda", "0.01"));
const iterations = Number(option("--iterations", "200"));
const weightsOut = option("--weights");
const data = JSON.parse(await fs.readFile(args[0], "utf8"));
// The register's sheets, as the engine names them (lib/: built by sheet-kind-data.mjs's first step).
const { SHEET_KEYS } = createRequire(import.meta.url)(
  path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "lib", "register", "types.js")
);
const CLASSES = ["none", ...SHEET_KEYS];
const classOf = (key) => CLASSES.indexOf(key ?? "none");
const rows = data.rows.filter((r) => r.features !== null);
// --drop rules.,notData. : leave features out by name prefix (the model on evidence alone).
const drop = (option("--drop", "") || "").split(",").filter(Boolean);
const kept = data.featureNames.flatMap((f, i) => (drop.some((p) => f.startsWith(p)) ? [] : [i]));
// --final: the engine's final decision (the sheet the scoreboard sees, its outcome) as features.
const OUTCOMES = ["imported", "not-data", "unsure", "left-out", "forced", "no-rows"];
const final = args.includes("--final");
const featureNames = [
  ...kept.map((i) => data.featureNames[i]),
  ...(final ? [...CLASSES.map((c) => `final.${c}`), ...OUTCOMES.map((o) => `outcome.${o}`)] : []),
];
const dims = featureNames.length + 1; // + bias
const X = rows.map((r) => [
  ...kept.map((i) => r.features[i]),
  ...(final
    ? [
        ...CLASSES.map((c) => ((r.rules ?? "none") === c ? 1 : 0)),
        ...OUTCOMES.map((o) => (r.outcome === o ? 1 : 0)),
      ]
    : []),
  1,
]);
const Y = rows.map((r) => classOf(r.label));
const rulesClass = (r) => classOf(r.rules);
const ruleRight = (r) =>
  r.label === null ? r.rules === null && r.rulesImported === 0 : r.rules === r.label;

function softmax(z) {
  const m = Math.max(...z);
  const e = z.map((v) => Math.exp(v - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
}

/** Full-batch gradient descent with momentum; W[class][dim]. */
function fit(indices) {
  const K = CLASSES.length;
  const W = Array.from({ length: K }, () => new Float64Array(dims));
  const V = Array.from({ length: K }, () => new Float64Array(dims));
  const n = indices.length;
  const rate = Number(option("--rate", "2"));
  for (let it = 0; it < iterations; it++) {
    const G = Array.from({ length: K }, () => new Float64Array(dims));
    for (const i of indices) {
      const x = X[i];
      const z = W.map((w) => {
        let s = 0;
        for (let d = 0; d < dims; d++) s += w[d] * x[d];
        return s;
      });
      const p = softmax(z);
      for (let k = 0; k < K; k++) {
        const g = p[k] - (Y[i] === k ? 1 : 0);
        if (g === 0) continue;
        const row = G[k];
        for (let d = 0; d < dims; d++) row[d] += g * x[d];
      }
    }
    for (let k = 0; k < K; k++)
      for (let d = 0; d < dims; d++) {
        const grad = G[k][d] / n + (d === dims - 1 ? 0 : lambda * W[k][d]);
        V[k][d] = 0.9 * V[k][d] - rate * grad;
        W[k][d] += V[k][d];
      }
  }
  return W;
}

function predict(W, x) {
  return softmax(
    W.map((w) => {
      let s = 0;
      for (let d = 0; d < dims; d++) s += w[d] * x[d];
      return s;
    })
  );
}

function confusion(pairs) {
  const M = CLASSES.map(() => CLASSES.map(() => 0));
  for (const [want, got] of pairs) M[want][got]++;
  const head = `${"label \\ got".padEnd(12)}${CLASSES.map((c) => c.slice(0, 6).padStart(7)).join("")}   right`;
  const lines = [head];
  CLASSES.forEach((c, k) => {
    const total = M[k].reduce((a, b) => a + b, 0);
    if (total === 0) return;
    lines.push(
      `${c.padEnd(12)}${M[k].map((v) => String(v || ".").padStart(7)).join("")}   ${M[k][k]}/${total}`
    );
  });
  return lines.join("\n");
}

const pct = (a, b) => `${((100 * a) / Math.max(1, b)).toFixed(1)} % (${a}/${b})`;

// Rules.
const ruleRights = rows.filter(ruleRight).length;
console.log(
  `tables: ${rows.length} (of ${data.rows.length} labelled; the rest not found as tables)`
);
console.log(`repositories: ${new Set(rows.map((r) => r.repo)).size}`);
console.log(`\nRULES on the development set: ${pct(ruleRights, rows.length)}`);
console.log(
  confusion(rows.map((r) => [classOf(r.label), ruleRight(r) ? classOf(r.label) : rulesClass(r)]))
);

// LORO.
// --folds K: repositories dealt into K groups (a repository's tables always together), each group
// predicted by a model fitted on the others; without it, one fold per repository (LORO).
const repos = [...new Set(rows.map((r) => r.repo))].sort();
const folds = Number(option("--folds", String(repos.length)));
const foldOf = new Map(repos.map((repo, i) => [repo, i % folds]));
const probs = new Array(rows.length);
const started = Date.now();
for (let f = 0; f < folds; f++) {
  const train = [];
  const test = [];
  rows.forEach((r, i) => (foldOf.get(r.repo) === f ? test : train).push(i));
  if (test.length === 0) continue;
  const W = fit(train);
  for (const i of test) probs[i] = predict(W, X[i]);
}
const argmax = (p) => p.indexOf(Math.max(...p));
const modelRight = rows.filter((r, i) => argmax(probs[i]) === Y[i]).length;
console.log(
  `\nMODEL (L2 ${lambda}, ${iterations} iterations) ${folds === repos.length ? "leave-one-repository-out" : `${folds} folds by repository`}: ${pct(modelRight, rows.length)}  [${Math.round((Date.now() - started) / 1000)} s]`
);
console.log(confusion(rows.map((r, i) => [Y[i], argmax(probs[i])])));

console.log("\nCOMBINED (the model overrides the rules where its top class differs and p ≥ τ):");
for (const tau of [0.5, 0.6, 0.7, 0.8, 0.9, 0.95]) {
  let right = 0;
  let changed = 0;
  let fixed = 0;
  let broke = 0;
  rows.forEach((r, i) => {
    const top = argmax(probs[i]);
    const rules = ruleRight(r) ? Y[i] : rulesClass(r);
    const rulesOk = ruleRight(r);
    const override = top !== rules && probs[i][top] >= tau;
    const ok = override ? top === Y[i] : rulesOk;
    if (override) {
      changed++;
      if (ok && !rulesOk) fixed++;
      if (!ok && rulesOk) broke++;
    }
    if (ok) right++;
  });
  console.log(
    `  τ ${tau}: ${pct(right, rows.length)}  changed ${changed}, fixed ${fixed}, broke ${broke}`
  );
}
console.log(
  "\nCOMBINED, only import-or-leave-out (the model may only drop the rules' sheet or take it):"
);
for (const tau of [0.5, 0.6, 0.7, 0.8, 0.9, 0.95]) {
  let right = 0;
  let fixed = 0;
  let broke = 0;
  rows.forEach((r, i) => {
    const rulesOk = ruleRight(r);
    const rules = rulesOk ? Y[i] : rulesClass(r);
    const pNone = probs[i][0];
    // The rules import a table the model is sure is no register data: left out.
    const drop = rules !== 0 && pNone >= tau;
    const ok = drop ? Y[i] === 0 : rulesOk;
    if (drop && ok && !rulesOk) fixed++;
    if (drop && !ok && rulesOk) broke++;
    if (ok) right++;
  });
  console.log(`  τ ${tau}: ${pct(right, rows.length)}  fixed ${fixed}, broke ${broke}`);
}

if (weightsOut || args.includes("--in-sample")) {
  const W = fit(rows.map((_, i) => i));
  const inSample = rows.filter((_, i) => argmax(predict(W, X[i])) === Y[i]).length;
  console.log(`\nmodel fitted on all tables, in sample: ${pct(inSample, rows.length)}`);
}
if (weightsOut) {
  const W = fit(rows.map((_, i) => i));
  const weights = Object.fromEntries(
    CLASSES.map((c, k) => [
      c,
      Object.fromEntries(
        [...featureNames, "bias"].map((f, d) => [f, Math.round(W[k][d] * 1000) / 1000])
      ),
    ])
  );
  await fs.writeFile(weightsOut, `${JSON.stringify(weights, null, 2)}\n`);
  console.log(`\nweights fitted on all ${rows.length} tables written to ${weightsOut}`);
}
