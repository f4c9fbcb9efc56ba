// Prints one closing line for the whole test run, from the JSON reports vitest wrote:
// "<passed> passed, <failed> failed, <skipped> skipped". Exits non-zero if any failed or
// if no test ran at all.
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";

const dir = "test-results";
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of (await readdir(dir)).filter((f) => f.endsWith(".json"))) {
  const report = JSON.parse(await readFile(join(dir, file), "utf8"));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
if (failed > 0 || passed === 0) process.exit(1);
