/**
 * In CI every property runs from one fixed seed, so a run is reproducible and a red build names a
 * change, not a draw (the practice Hypothesis's CI profile follows with `derandomize`). Local runs
 * draw a new seed each time and keep exploring; a counterexample they find becomes an `examples`
 * entry of its property. FC_SEED picks another seed for a CI-like run.
 */
import fc from "fast-check";

if (process.env.CI || process.env.FC_SEED) {
  fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261203) });
}
