// The local runtime in a process of its own, for tests that kill it (`kill -9`) and start it again.
import "../../functions/src/local/quiet-test-mode.js";
import { startLocalRuntime } from "../../functions/src/local/local-runtime.js";

const dataDir = process.env.DATA_DIR;
if (!dataDir) throw new Error("DATA_DIR is required");
const runtime = await startLocalRuntime({
  dataDir,
  log: () => {},
  timers: false,
  // No checkpoint while the test writes: whatever survives the kill survives through the journal.
  snapshotIntervalMs: 3_600_000,
  env: { RATE_LIMIT_USER_PER_MINUTE: "100000", RATE_LIMIT_TENANT_PER_MINUTE: "1000000" },
});
process.stdout.write(`${JSON.stringify({ url: runtime.url })}\n`);
