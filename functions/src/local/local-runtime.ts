import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CosmosClient, type CosmosClientOptions, type Database, type PluginConfig } from "@azure/cosmos";
import { type Clock, type DocumentLibrary, type NotificationChannel, stockholmDate } from "@kvalitetskedjan/domain";
import type { JWTVerifyGetKey } from "jose";
import { z } from "zod";
import { createLocalHost, type ExtraRoute } from "../local-host.js";
import { containerNames } from "../modules.js";
import { createLogChannel } from "../notifications/log-channel.js";
import { InvocationContext } from "../platform/azure-functions.js";
import { composeFromConfig, type Services, useServices } from "../platform/composition.js";
import { loadConfig } from "../platform/config.js";
import { ensureSchema } from "../platform/cosmos/schema.js";
import { productionRefusals, refusalError, warnAllowedParts } from "../platform/production-mode.js";
import { routeTable } from "../platform/routes.js";
import { cosmosUsagePlugin } from "../platform/telemetry.js";
import { timerTable } from "../platform/timers.js";
import { startCosmosStandIn } from "./cosmos-stand-in.js";
import { type DemoTenant, demoTenants } from "./demo-data.js";
import { settlePastDemoReports } from "./demo-past.js";
import { createDevIdentity } from "./dev-identity.js";
import { safeLog } from "./log-safe.js";
import { seedTenant } from "./seed.js";
import { openDurableStore } from "./snapshot.js";
import { startTimerScheduler } from "./timer-scheduler.js";

export const localAudience = "api://localhost/kvalitetskedjan";
export const localScope = "access_as_user";

export interface LocalRuntimeOptions {
  readonly port?: number;
  /** Where the snapshot lives; none means memory only (tests). */
  readonly dataDir?: string;
  readonly staticDir?: string;
  readonly tenants?: readonly DemoTenant[];
  readonly env?: Record<string, string | undefined>;
  readonly snapshotIntervalMs?: number;
  readonly cosmosPlugins?: PluginConfig[];
  /** Per API request: the route and its time in the host, from arrival to answer (the bench). */
  readonly onApiTimed?: (route: string, ms: number) => void;
  /** Verify tokens with these keys instead of the local provider's (attack tests). */
  readonly verificationKeys?: JWTVerifyGetKey;
  /** A real Cosmos DB account instead of the stand-in (integration suites, when configured). */
  readonly realCosmos?: { readonly endpoint: string; readonly key: string; readonly dropDatabaseOnStop: boolean };
  readonly log?: (line: string) => void;
  /** The services' clock (tests move it to a deadline); the real one by default. */
  readonly clock?: Clock;
  /**
   * Date the demo data to this day (`npm start`: today): reports whose deadline has passed are
   * in, but for the walkthrough's one late report. Tests leave it out and get the fixed demo.
   */
  readonly demoAsOf?: string;
  /** Fire the timers on their schedule (the default); tests that move the clock fire them themselves. */
  readonly timers?: boolean;
  /** Where notifications go: the console outbox by default, or Graph when `NOTIFY_CHANNEL=graph`; tests pass their own. */
  readonly channel?: NotificationChannel;
  /** Where documents are filed: a folder under `dataDir` (or a temporary one) by default; tests pass a SharePoint stand-in's adapter. */
  readonly library?: DocumentLibrary;
  /**
   * Browser tests only, never `npm start`: `POST /dev/clock {"at": ISO}` moves the services'
   * clock and `POST /dev/timer {"name": …}` runs a timer now, so a test can pass an alert threshold.
   */
  readonly testControls?: boolean;
}

export interface LocalRuntime {
  readonly url: string;
  /** The database the runtime uses (tests build a second instance's adapters on it). */
  readonly database: Database;
  readonly services: Services;
  readonly issueToken: (userId: string) => Promise<string>;
  readonly saveSnapshot: () => Promise<boolean>;
  stop(): Promise<void>;
}

const TokenRequest = z.strictObject({ userId: z.string().min(1).max(100) });
const ClockRequest = z.strictObject({ at: z.iso.datetime() });
const TimerRequest = z.strictObject({ name: z.string().min(1).max(100) });

/**
 * The whole backend on one machine: Cosmos stand-in, schema, snapshot restore, demo data
 * on first start, the local identity provider, the route table on node:http, timers.
 */
export async function startLocalRuntime(options: LocalRuntimeOptions = {}): Promise<LocalRuntime> {
  const log = safeLog(options.log ?? ((line: string) => console.log(line)));
  // The local host is a laptop's: in production mode it does not start unless each of its
  // stand-ins (and each laptop-only setting) is named in ALLOW_IN_PRODUCTION.
  const hostParts = { cosmosStandIn: !options.realCosmos, devIdentity: !options.verificationKeys, devRoutes: true };
  const planned = loadConfig({
    AUTH_AUDIENCES: localAudience,
    ...options.env,
    COSMOS_ENDPOINT: options.realCosmos?.endpoint ?? "https://localhost:8081/",
  });
  const refusals = productionRefusals(planned, hostParts);
  if (refusals.length > 0) throw new Error(refusalError(refusals).message);
  // On the stand-in with a data folder, every change is journalled before it is answered.
  const durable = options.dataDir && !options.realCosmos ? await openDurableStore(options.dataDir, log) : null;
  const cosmos = options.realCosmos ? null : await startCosmosStandIn(durable ? { journal: durable.journal } : {});
  // Each request's round trips and charge for its telemetry, as in Azure, then a test's own hooks.
  const plugins = [cosmosUsagePlugin, ...(options.cosmosPlugins ?? [])];
  const client = cosmos
    ? cosmos.client(plugins)
    : new CosmosClient({
        endpoint: options.realCosmos?.endpoint ?? "",
        key: options.realCosmos?.key ?? "",
        plugins,
      } as CosmosClientOptions);
  // A test's controls move the clock by an offset from the real one (or from the clock given).
  const shift = { ms: 0 };
  const unshifted = () => options.clock?.now().getTime() ?? Date.now();
  const clock: Clock | undefined = options.testControls ? { now: () => new Date(unshifted() + shift.ms) } : options.clock;
  // Without a data folder (tests), the local library lives in a temporary folder removed on stop.
  const scratch = options.dataDir ? null : await mkdtemp(join(tmpdir(), "kvk-library-"));
  const config = loadConfig({
    AUTH_AUDIENCES: localAudience,
    LOCAL_LIBRARY_DIR: options.dataDir ? join(options.dataDir, "library") : (scratch as string),
    AUTH_REQUIRED_SCOPE: localScope,
    ...options.env,
    COSMOS_ENDPOINT: cosmos?.endpoint ?? options.realCosmos?.endpoint,
    COSMOS_KEY: cosmos?.key ?? options.realCosmos?.key,
  });
  warnAllowedParts(config, hostParts, log);
  const database = await ensureSchema(client, config.COSMOS_DATABASE, containerNames);
  const identity = await createDevIdentity({ audience: config.AUTH_AUDIENCES[0] ?? localAudience, scope: localScope });
  const services = composeFromConfig(config, {
    hostParts,
    keys: options.verificationKeys ?? identity.keys,
    cosmosClient: client,
    ...(clock ? { clock } : {}),
    ...(options.library ? { library: options.library } : {}),
    ...(options.channel ? { channel: options.channel } : config.NOTIFY_CHANNEL === "graph" ? {} : { channel: createLogChannel(log) }),
  });
  const outer = useServices(services);

  const restored = durable ? await durable.restoreInto(database) : false;
  if (!restored) {
    for (const tenant of options.tenants ?? demoTenants)
      await seedTenant(
        database,
        {
          directory: services.directoryRepository,
          goals: services.goalRepository,
          documents: services.documentRepository,
          internalControl: services.internalControlRepository,
          dialogue: services.dialogueRepository,
          meetings: services.meetingRepository,
        },
        tenant,
        16,
        stockholmDate(services.clock.now()),
      );
    if (options.demoAsOf) {
      let settled = 0;
      for (const tenant of options.tenants ?? demoTenants) settled += await settlePastDemoReports(services, tenant, options.demoAsOf);
      log(`Demo dated to ${options.demoAsOf}: ${settled} report(s) past their deadline are in.`);
    }
    log(`Loaded demo data: ${(options.tenants ?? demoTenants).map((t) => t.name).join(", ")}`);
  }
  // The state from here on is safe in a snapshot, and every change after it in the journal.
  await durable?.checkpoint(database);

  const tenantIds = () => services.tenants.listTenantIds();

  async function findUser(userId: string) {
    for (const tenantId of await tenantIds()) {
      const person = await services.directoryRepository.findPerson(tenantId, userId);
      if (person) return { tenantId, person };
    }
    return null;
  }

  const extraRoutes: ExtraRoute[] = [
    {
      method: "GET",
      path: "/dev/users",
      async handle() {
        const users = [];
        for (const tenantId of await tenantIds()) {
          const tenant = await services.tenants.findTenant(tenantId);
          const people = await services.directoryRepository.listPeople(tenantId, { limit: 200 });
          const assignments = await services.directoryRepository.listRoleAssignments(tenantId, {});
          for (const p of people.items.filter((x) => x.active)) {
            users.push({
              id: p.id,
              name: p.name,
              tenantId,
              tenantName: tenant?.name ?? tenantId,
              roles: assignments.filter((a) => a.personId === p.id).map((a) => ({ role: a.role, scopeId: a.scopeId })),
            });
          }
        }
        return { status: 200, body: { users } };
      },
    },
    {
      method: "POST",
      path: "/dev/token",
      async handle(body) {
        let parsed: z.infer<typeof TokenRequest>;
        try {
          parsed = TokenRequest.parse(JSON.parse(body.toString("utf8") || "null"));
        } catch {
          return { status: 400, body: { code: "validation_failed", message: 'Send {"userId": "<id>"}.', details: [] } };
        }
        const found = await findUser(parsed.userId);
        if (!found) return { status: 404, body: { code: "not_found", message: "No such demo user.", details: [] } };
        const accessToken = await identity.issue({
          tenantId: found.tenantId,
          userId: found.person.id,
          name: found.person.name,
          mail: found.person.mail,
        });
        return { status: 200, body: { accessToken } };
      },
    },
    { method: "GET", path: "/dev/jwks.json", handle: async () => ({ status: 200, body: identity.jwks }) },
  ];
  if (options.testControls) {
    const parse = <T>(schema: z.ZodType<T>, body: Buffer): T | null => {
      const parsed = schema.safeParse(JSON.parse(body.toString("utf8") || "null"));
      return parsed.success ? parsed.data : null;
    };
    extraRoutes.push(
      {
        method: "POST",
        path: "/dev/clock",
        async handle(body) {
          const request = parse(ClockRequest, body);
          if (!request) return { status: 400, body: { code: "validation_failed", message: 'Send {"at": ISO}.', details: [] } };
          shift.ms = Date.parse(request.at) - unshifted();
          return { status: 200, body: { now: services.clock.now().toISOString() } };
        },
      },
      {
        method: "POST",
        path: "/dev/timer",
        async handle(body) {
          const spec = timerTable().find((x) => x.name === parse(TimerRequest, body)?.name);
          if (!spec) return { status: 404, body: { code: "not_found", message: "No such timer.", details: [] } };
          const at = services.clock.now().toISOString();
          await spec.handler(
            { schedule: { adjustForDST: false }, isPastDue: false, scheduleStatus: { last: at, next: at, lastUpdated: at } },
            new InvocationContext({ invocationId: randomUUID(), functionName: spec.name }),
          );
          return { status: 200, body: { ran: spec.name, at } };
        },
      },
    );
  }

  const server = createLocalHost({
    routes: routeTable(),
    extraRoutes,
    log,
    ...(options.staticDir ? { staticDir: options.staticDir } : {}),
    ...(options.onApiTimed ? { onApiTimed: options.onApiTimed } : {}),
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  const scheduler = options.timers === false ? null : startTimerScheduler(timerTable(), log);
  const interval = durable
    ? setInterval(() => {
        durable.checkpoint(database).catch((e: unknown) => log(`[error] checkpoint failed: ${String(e)}`));
      }, options.snapshotIntervalMs ?? 10_000)
    : null;

  return {
    url: `http://localhost:${port}/`,
    database,
    services,
    issueToken: async (userId) => {
      const found = await findUser(userId);
      if (!found) throw new Error(`No demo user ${userId}`);
      return identity.issue({ tenantId: found.tenantId, userId, name: found.person.name, mail: found.person.mail });
    },
    saveSnapshot: async () => (durable ? durable.checkpoint(database) : false),
    async stop() {
      scheduler?.stop();
      if (interval) clearInterval(interval);
      await new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      });
      await durable?.close(database);
      if (options.realCosmos?.dropDatabaseOnStop) await database.delete();
      await cosmos?.close();
      client.dispose();
      if (scratch) await rm(scratch, { recursive: true, force: true });
      useServices(outer);
    },
  };
}
