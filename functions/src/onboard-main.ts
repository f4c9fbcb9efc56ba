// `npm run onboard`: registers a municipality and its first administrator (see onboarding-cli.ts).
import "./local/quiet-test-mode.js";
import { onboardingUsage, runOnboarding } from "./directory/onboarding-cli.js";

runOnboarding(process.argv.slice(2), process.env, (line) => console.log(line)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  console.error(`\n${onboardingUsage}`);
  process.exit(1);
});
