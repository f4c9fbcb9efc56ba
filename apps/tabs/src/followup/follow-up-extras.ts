// The follow-up panels under the status list (cost, the Word report, benchmark and open
// data): one lazy chunk, loaded after the list has been drawn.
export { BenchmarkAndOpenData } from "./benchmark-open-data.js";
export { CostPanel } from "./cost-panel.js";
export { WordReport } from "./word-report.js";
