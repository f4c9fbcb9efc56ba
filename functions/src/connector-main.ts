// `npm run connector`: the Power Automate custom connector (Swagger 2.0 and its properties)
// from the route table, for the host and app registration in the environment.
import "./local/quiet-test-mode.js";
import "./modules.js";
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { z } from "zod";
import { connectorDefinition, connectorProperties } from "./platform/http/connector.js";
import { routeTable } from "./platform/routes.js";

const Settings = z.object({
  /** Where the API is served; the tabs' host by default (the API is under its `/api`). */
  API_HOST: z.string().min(1).optional(),
  TAB_HOST: z.string().min(1).default("localhost:4280"),
  ENTRA_CLIENT_ID: z.uuid().default("00000000-0000-4000-8000-000000000000"),
  APP_VERSION: z.string().default("0.1.0"),
  CONNECTOR_DIR: z.string().default("manifest/build/connector"),
});

const settings = Settings.parse(process.env);
const host = settings.API_HOST ?? settings.TAB_HOST;
const local = /^(localhost|127\.0\.0\.1)(:\d+)?$/.test(host);
const context = {
  version: settings.APP_VERSION,
  serverUrl: `${local ? "http" : "https"}://${host}`,
  scope: `api://${settings.TAB_HOST}/${settings.ENTRA_CLIENT_ID}/access_as_user`,
};
async function main(): Promise<void> {
  const dir = resolve(settings.CONNECTOR_DIR);
  await mkdir(dir, { recursive: true });
  const definition = connectorDefinition(
    routeTable().map((r) => r.spec),
    context,
  );
  await writeFile(join(dir, "apiDefinition.swagger.json"), `${JSON.stringify(definition, null, 2)}\n`);
  await writeFile(
    join(dir, "apiProperties.json"),
    `${JSON.stringify(connectorProperties({ ...context, clientId: settings.ENTRA_CLIENT_ID }), null, 2)}\n`,
  );
  console.log(`Wrote the custom connector for ${context.serverUrl} to ${dir}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
