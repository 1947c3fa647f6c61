/**
 * The `client-register` command line. Each subcommand is a module under ./commands exporting a
 * Command; add it to COMMANDS to make it available.
 */
import { UsageError } from "./args";
import type { ProgressTerminal } from "./progress";
import { initCommand } from "./commands/init";
import { importCommand } from "./commands/import";
import { reviewCommand } from "./commands/review";

/** Where a command writes: the process streams, or a capture in tests. */
export interface CliIO {
  out(line: string): void;
  err(line: string): void;
  /** A terminal to draw progress on; absent when stderr is not a terminal (then nothing is drawn). */
  progress?: ProgressTerminal;
}

// A reader that stops early (`import … | head`) closes the pipe. Node then reports EPIPE on
// stdout as an unhandled error and the run would die before its files are written; instead the
// remaining lines are dropped and the command finishes.
let stdoutClosed = false;
let stdoutGuarded = false;
function writeOut(line: string): void {
  if (!stdoutGuarded) {
    stdoutGuarded = true;
    process.stdout.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE") throw error;
      stdoutClosed = true;
    });
  }
  if (!stdoutClosed) process.stdout.write(`${line}\n`);
}

export const processIO: CliIO = {
  out: writeOut,
  err: (line) => process.stderr.write(`${line}\n`),
  progress: process.stderr.isTTY ? process.stderr : undefined,
};

/** A subcommand. Commands import this type only (`import type`), so there is no runtime cycle. */
export interface Command {
  /** One line for the command list. */
  summary: string;
  /** The usage text shown by `<command> --help`. */
  usage: string;
  /** Runs with the arguments after the command name; resolves to the exit code. Throw UsageError for wrong use. */
  run(argv: string[], io: CliIO): Promise<number>;
}

const PROGRAM = "client-register";

export const COMMANDS: Record<string, Command> = {
  init: initCommand,
  import: importCommand,
  review: reviewCommand,
};

function help(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  const lines = Object.entries(COMMANDS).map(
    ([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`
  );
  return [
    `Usage: ${PROGRAM} <command> [options]`,
    "",
    "Commands:",
    ...lines,
    "",
    `Run "${PROGRAM} <command> --help" for a command's options.`,
  ].join("\n");
}

/** Runs the CLI; resolves to the exit code (0 ok, 1 failure, 2 wrong usage). Never throws. */
export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined) throw new UsageError(`missing command (try ${PROGRAM} --help)`);
    if (name === "--help" || name === "-h" || name === "help") {
      io.out(help());
      return 0;
    }
    const command = Object.prototype.hasOwnProperty.call(COMMANDS, name)
      ? COMMANDS[name]
      : undefined;
    if (!command) throw new UsageError(`unknown command "${name}" (try ${PROGRAM} --help)`);
    return await command.run(rest, io);
  } catch (error) {
    io.err(`${PROGRAM}: ${oneLine(error)}`);
    return error instanceof UsageError ? 2 : 1;
  }
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s*\n\s*/g, " ").trim() || "unexpected error";
}
