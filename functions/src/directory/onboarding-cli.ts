import { resolve } from "node:path";
import { parseArgs } from "node:util";
import type { Database } from "@azure/cosmos";
import { z } from "zod";
import { startCosmosStandIn } from "../local/cosmos-stand-in.js";
import { openDurableStore } from "../local/snapshot.js";
import { containerNames } from "../modules.js";
import { cosmosClientFor } from "../platform/adapters-from-config.js";
import { ensureSchema } from "../platform/cosmos/schema.js";
import { createCosmosDirectoryRepository } from "./cosmos-directory-repository.js";
import { OnboardingInput, onboardMunicipality } from "./onboarding.js";

export const onboardingUsage = `npm run onboard -- --tenant <Entra tenant id> --name "<municipality>" --admin <object id> --admin-name "<name>" [--admin-mail <mail>] [--locale sv|en]

Registers a municipality and grants its first administrator (safe to run again). The
administrator is the Entra user's object id: az ad user show --id <user principal name> --query id -o tsv.
With COSMOS_ENDPOINT set: that Cosmos DB account (COSMOS_KEY, or your Entra sign-in: az login).
Without: the local runtime's data folder (DATA_DIR, default .data); stop npm start first.`;

const Env = z.object({
  COSMOS_ENDPOINT: z.url().optional(),
  COSMOS_KEY: z.string().min(1).optional(),
  COSMOS_DATABASE: z.string().min(1).default("kvalitetskedjan"),
  DATA_DIR: z.string().min(1).default(".data"),
});

/** `npm run onboard`: parses the arguments, opens the configured Cosmos DB (or the local data folder) and onboards. */
export async function runOnboarding(argv: readonly string[], env: Record<string, string | undefined>, log: (line: string) => void) {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      tenant: { type: "string" },
      name: { type: "string" },
      admin: { type: "string" },
      "admin-name": { type: "string" },
      "admin-mail": { type: "string" },
      locale: { type: "string" },
    },
    strict: true,
  });
  const input = {
    tenantId: values.tenant ?? "",
    name: values.name ?? "",
    adminId: values.admin ?? "",
    adminName: values["admin-name"] ?? "",
    ...(values["admin-mail"] ? { adminMail: values["admin-mail"] } : {}),
    ...(values.locale ? { locale: values.locale as "sv" } : {}),
  };
  const flags: Record<string, string> = {
    tenantId: "--tenant",
    name: "--name",
    adminId: "--admin",
    adminName: "--admin-name",
    adminMail: "--admin-mail",
    locale: "--locale",
  };
  const checked = OnboardingInput.safeParse(input);
  if (!checked.success) {
    throw new Error(checked.error.issues.map((i) => `${flags[String(i.path[0])] ?? String(i.path[0])}: ${i.message}`).join("; "));
  }
  const settings = Env.parse(env);
  const clock = { now: () => new Date() };
  const onboard = async (database: Database) => {
    const result = await onboardMunicipality(
      database,
      createCosmosDirectoryRepository(database.container("directory"), clock),
      clock,
      input,
    );
    log(
      result.done.length > 0
        ? `Onboarded ${input.name}: ${result.done.join(", ")}.`
        : `${input.name} was already onboarded; nothing changed.`,
    );
    return result;
  };
  if (settings.COSMOS_ENDPOINT) {
    // The account's containers come from infra/ (Bicep); Entra sign-ins may not create them.
    const client = cosmosClientFor({
      COSMOS_ENDPOINT: settings.COSMOS_ENDPOINT,
      COSMOS_KEY: settings.COSMOS_KEY,
      AZURE_CLIENT_ID: undefined,
    });
    try {
      return await onboard(client.database(settings.COSMOS_DATABASE));
    } finally {
      client.dispose();
    }
  }
  const dir = resolve(settings.DATA_DIR);
  const durable = await openDurableStore(dir, log);
  const standIn = await startCosmosStandIn({ journal: durable.journal });
  const client = standIn.client();
  try {
    const database = await ensureSchema(client, settings.COSMOS_DATABASE, containerNames);
    if (!(await durable.restoreInto(database))) log(`${dir} held no data: npm start will now open it without the demo municipalities.`);
    const result = await onboard(database);
    await durable.checkpoint(database);
    await durable.close(database);
    return result;
  } finally {
    await standIn.close();
    client.dispose();
  }
}
