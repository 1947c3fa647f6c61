/** A tiny argv parser: positionals, `--name value`, `--name=value`, boolean flags and `--`. */

/** Wrong command-line use: main() reports it with exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

export type OptionSpec = Record<string, { type: "string" | "boolean"; short?: string }>;

export interface ParsedArgs {
  positionals: string[];
  options: Record<string, string | boolean>;
}

export function parseArgs(argv: readonly string[], spec: OptionSpec): ParsedArgs {
  const positionals: string[] = [];
  const options: Record<string, string | boolean> = {};
  const byShort = new Map(
    Object.entries(spec).flatMap(([name, s]) => (s.short ? [[s.short, name] as const] : []))
  );
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positionals.push(arg);
      continue;
    }
    const long = arg.startsWith("--");
    const [rawName, inlineValue] = long ? splitOnce(arg.slice(2), "=") : [arg.slice(1), undefined];
    const name = long ? rawName : byShort.get(rawName);
    const option = name === undefined ? undefined : spec[name];
    if (name === undefined || !option) throw new UsageError(`unknown option ${arg.split("=")[0]}`);
    if (option.type === "boolean") {
      if (inlineValue !== undefined) throw new UsageError(`--${name} takes no value`);
      options[name] = true;
      continue;
    }
    const value = inlineValue ?? argv[++i];
    if (value === undefined || (inlineValue === undefined && value.startsWith("--")))
      throw new UsageError(`--${name} needs a value`);
    options[name] = value;
  }
  return { positionals, options };
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at === -1 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

/** The option's value if it is one of `allowed`, `fallback` when absent; a usage error otherwise. */
export function choice<T extends string>(
  options: ParsedArgs["options"],
  name: string,
  allowed: readonly T[],
  fallback: T
): T {
  const value = options[name];
  if (value === undefined) return fallback;
  const found = allowed.find((a) => a === value);
  if (found === undefined)
    throw new UsageError(`--${name} must be one of ${allowed.join(", ")}, not "${String(value)}"`);
  return found;
}
