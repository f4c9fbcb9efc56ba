// Removes the previous run's reports so the summary counts only this run.
import { rm } from "node:fs/promises";

await rm("test-results", { recursive: true, force: true });
