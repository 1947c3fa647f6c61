/** `npm start` on a platform office-addin-debugging cannot sideload to: one line, exit 1, nothing started. */
import { spawnSync } from "child_process";
import { join } from "path";

const ROOT = join(__dirname, "..", "..");

test.each(["linux", "freebsd"])(
  "on %s it points to start:web and preview and fails",
  (platform) => {
    const run = spawnSync(process.execPath, [join(ROOT, "scripts", "start.mjs")], {
      cwd: ROOT,
      env: { ...process.env, CLIENT_REGISTER_PLATFORM: platform },
      encoding: "utf8",
      timeout: 20_000,
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe("");
    const lines = run.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("npm run start:web");
    expect(lines[0]).toContain("npm run preview");
    expect(lines[0]).toContain(platform);
  }
);

test("package.json's start script goes through it", () => {
  const pkg = require(join(ROOT, "package.json"));
  expect(pkg.scripts.start).toBe("node scripts/start.mjs");
});
