// `npm start`: the whole product on this machine with demo data. Not part of the Azure build.
import "./local/quiet-test-mode.js";
import { resolve } from "node:path";
import { z } from "zod";
import { startLocalRuntime } from "./local/local-runtime.js";

const LocalEnv = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(4280),
  DATA_DIR: z.string().min(1).default(".data"),
});

async function main(): Promise<void> {
  const env = LocalEnv.parse(process.env);
  const runtime = await startLocalRuntime({
    port: env.PORT,
    dataDir: resolve(env.DATA_DIR),
    staticDir: resolve(__dirname, "../../apps/tabs/dist"),
    env: process.env,
    // A fresh start shows the demo as of today, in Stockholm.
    demoAsOf: new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" }),
  });
  console.log(`Ready: ${runtime.url}`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: saving data and stopping…`);
    await runtime.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
