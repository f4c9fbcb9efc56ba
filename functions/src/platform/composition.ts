import { createHash, randomUUID } from "node:crypto";
import type { CosmosClient } from "@azure/cosmos";
import {
  type AuditService,
  type CalendarService,
  type Clock,
  type ControlPlanService,
  type ControlReportService,
  createAuditService,
  createCalendarService,
  createControlPlanService,
  createControlReportService,
  createDialogueServices,
  createDirectoryService,
  createDocumentAlertService,
  createDocumentFileService,
  createDocumentRecordsService,
  createDocumentService,
  createDocumentTypeService,
  createFinanceService,
  createGoalDetailService,
  createGoalService,
  createGoalSettingsService,
  createGoalTreeService,
  createIndicatorService,
  createInternalControlAlertService,
  createInternalControlReportService,
  createInternalControlSettingsService,
  createKoladaService,
  createLibrarySettingsService,
  createMeetingServices,
  createMyInternalControlService,
  createMyReportsService,
  createNotificationService,
  createOversightService,
  createOverviewService,
  createPeriodStatusService,
  createPlanYearService,
  createPublicResultsService,
  createRegisterService,
  createReportDocumentService,
  createReportService,
  createRiskService,
  createRollupService,
  createRsaService,
  type DialogueServices,
  type DirectoryRepository,
  type DirectoryService,
  type DocumentAlertService,
  type DocumentFileService,
  type DocumentLibrary,
  type DocumentRecordsService,
  type DocumentRepository,
  type DocumentService,
  type DocumentTypeService,
  type DomainError,
  dialogueObjectTypes,
  directoryObjectTypes,
  documentObjectTypes,
  type FinanceService,
  followUpObjectTypes,
  type GoalDetailService,
  type GoalService,
  type GoalSettingsService,
  type GoalTreeService,
  goalObjectTypes,
  type IndicatorService,
  type InternalControlAlertService,
  type InternalControlReportService,
  type InternalControlRepository,
  type InternalControlSettingsService,
  internalControlObjectTypes,
  type KoladaService,
  type KoladaSource,
  type LibrarySettingsService,
  type MeetingServices,
  type MyInternalControlService,
  type MyReportsService,
  meetingObjectTypes,
  type NotificationChannel,
  type NotificationService,
  type Notifier,
  type OversightService,
  type OverviewService,
  type PeriodStatusService,
  type PlanYearService,
  type Principal,
  type PublicResultsService,
  principalOf,
  type RegisterService,
  type ReportDocumentService,
  type ReportService,
  type RiskService,
  type RollupService,
  type RsaService,
  reportObjectTypes,
  type TenantRegistry,
} from "@kvalitetskedjan/domain";
import { createRemoteJWKSet, type JWTVerifyGetKey } from "jose";
import { createCosmosDialogueRepository } from "../dialogue/cosmos-dialogue-repository.js";
import { createCosmosDirectoryRepository } from "../directory/cosmos-directory-repository.js";
import { createCosmosTenantRegistry } from "../directory/cosmos-tenant-registry.js";
import { createCosmosDocumentRepository } from "../documents/cosmos-document-repository.js";
import { createKoladaHttpSource } from "../followup/kolada-http-source.js";
import { createCosmosGoalRepository, type GoalStore } from "../goals/cosmos-goal-repository.js";
import { createCosmosInternalControlRepository } from "../internal-control/cosmos-internal-control-repository.js";
import { createCosmosMeetingRepository } from "../meetings/cosmos-meeting-repository.js";
import { feedSecrets } from "../meetings/feed-secrets.js";
import { createOutboxNotifier } from "../notifications/cosmos-outbox-notifier.js";
import { channelFromConfig, cosmosClientFor, graphFromConfig, libraryFromConfig } from "./adapters-from-config.js";
import { type AppConfig, configurationChecks, loadConfig } from "./config.js";
import { createRateLimiter, type RateLimiter } from "./http/rate-limiter.js";
import { createTokenValidator, type TokenValidator, type ValidatedCaller } from "./http/token-validator.js";
import { type HostParts, productionRefusals, refusalError, warnAllowedParts } from "./production-mode.js";

/** What the composition root builds: every module's services (dialogue planning's and meetings' as groups). */
export interface Services extends DialogueServices, MeetingServices {
  readonly config: AppConfig;
  readonly clock: Clock;
  readonly validateToken: TokenValidator;
  readonly rateLimiter: RateLimiter;
  readonly tenants: TenantRegistry;
  readonly directoryRepository: DirectoryRepository;
  readonly directory: DirectoryService;
  /** The goal store: goals, reports and follow-up records (one container, three ports). */
  readonly goalRepository: GoalStore;
  readonly goalSettings: GoalSettingsService;
  readonly planYears: PlanYearService;
  readonly goals: GoalService;
  readonly indicators: IndicatorService;
  readonly notifier: Notifier;
  readonly notifications: NotificationService;
  readonly documentRepository: DocumentRepository;
  readonly library: DocumentLibrary;
  readonly documents: DocumentService;
  readonly documentTypes: DocumentTypeService;
  readonly register: RegisterService;
  readonly documentRecords: DocumentRecordsService;
  readonly documentFiles: DocumentFileService;
  readonly librarySettings: LibrarySettingsService;
  readonly documentAlerts: DocumentAlertService;
  readonly calendar: CalendarService;
  readonly reports: ReportService;
  readonly periodStatus: PeriodStatusService;
  readonly myReports: MyReportsService;
  readonly rollup: RollupService;
  readonly goalTree: GoalTreeService;
  readonly goalDetail: GoalDetailService;
  readonly kolada: KoladaService;
  readonly finance: FinanceService;
  readonly publicResults: PublicResultsService;
  readonly reportDocument: ReportDocumentService;
  readonly internalControlRepository: InternalControlRepository;
  readonly internalControlSettings: InternalControlSettingsService;
  readonly risks: RiskService;
  readonly controlPlans: ControlPlanService;
  readonly controlReports: ControlReportService;
  readonly oversight: OversightService;
  readonly myInternalControl: MyInternalControlService;
  readonly rsa: RsaService;
  readonly internalControlAlerts: InternalControlAlertService;
  readonly internalControlReport: InternalControlReportService;
  readonly overview: OverviewService;
  readonly audit: AuditService;
  readonly loadPrincipal: (caller: ValidatedCaller) => Promise<Principal>;
  /** True when the database answers. */
  readonly ping: () => Promise<boolean>;
  /** The stand-ins the host brought (the local host's), for production mode's checks. */
  readonly hostParts: HostParts;
}

export interface CompositionOverrides {
  /** Signing keys; the local host passes its own provider's. */
  readonly keys?: JWTVerifyGetKey;
  /** A client built elsewhere (the local host's, or a test's with a spy plugin). */
  readonly cosmosClient?: CosmosClient;
  readonly clock?: Clock;
  /** Where a notification goes after the ledger records it (the local host's log, a test's Graph stand-in). */
  readonly channel?: NotificationChannel;
  /** Kolada's API; tests pass recorded pages. */
  readonly kolada?: KoladaSource;
  /** Where governing documents are filed (a test's SharePoint stand-in). */
  readonly library?: DocumentLibrary;
  /** The stand-ins the host brings (the local host: Cosmos stand-in, dev identity, /dev routes). */
  readonly hostParts?: HostParts;
}

/** The one place clients and adapters are built from configuration. */
export function composeFromConfig(config: AppConfig, overrides: CompositionOverrides = {}): Services {
  const clock = overrides.clock ?? { now: () => new Date() };
  const cosmos = overrides.cosmosClient ?? cosmosClientFor(config);
  const database = cosmos.database(config.COSMOS_DATABASE);
  const tenants = createCosmosTenantRegistry(database.container("tenants"));
  const directoryRepository = createCosmosDirectoryRepository(database.container("directory"), clock);
  const goalRepository = createCosmosGoalRepository(database.container("goals"), clock);
  const documentRepository = createCosmosDocumentRepository(database.container("documents"), clock);
  const internalControlRepository = createCosmosInternalControlRepository(database.container("internalControl"), clock);
  const dialogueRepository = createCosmosDialogueRepository(database.container("dialogue"), clock);
  const ids = {
    newId: () => randomUUID(),
    idFor: (...parts: readonly string[]) => createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 32),
  };
  const graph = graphFromConfig(config);
  const library = overrides.library ?? libraryFromConfig(config, graph, clock);
  const notifier = createOutboxNotifier(database.container("notifications"), {
    clock,
    channel: overrides.channel ?? channelFromConfig(config, graph, directoryRepository),
    async recipient(tenantId, personId) {
      const person = await directoryRepository.findPerson(tenantId, personId);
      return person?.active ? { personId: person.id, name: person.name, mail: person.mail } : null;
    },
  });
  const internalControlDeps = {
    internalControl: internalControlRepository,
    directory: directoryRepository,
    goals: goalRepository,
    ids,
    clock,
  };
  const dialogueDeps = { dialogue: dialogueRepository, directory: directoryRepository, goals: goalRepository, ids, clock };
  const documentDeps = {
    documents: documentRepository,
    library,
    directory: directoryRepository,
    goals: goalRepository,
    tenants,
    clock,
    ids,
  };
  const followUpDeps = {
    goals: goalRepository,
    reportStore: goalRepository,
    followUpStore: goalRepository,
    directory: directoryRepository,
    tenants,
    kolada: overrides.kolada ?? createKoladaHttpSource(config.KOLADA_BASE_URL),
    clock,
  };
  const reportingDeps = { goals: goalRepository, reportStore: goalRepository, directory: directoryRepository, notifier, clock };
  for (const check of configurationChecks(config)) if (!check.ok) console.error(`[config] ${check.name}: ${check.message}`);
  const validateToken = createTokenValidator({
    keys: overrides.keys ?? createRemoteJWKSet(new URL(config.AUTH_JWKS_URI)),
    audiences: config.AUTH_AUDIENCES,
    requiredScope: config.AUTH_REQUIRED_SCOPE,
    isOnboarded: async (tid) => (await tenants.findTenant(tid)) !== null,
  });
  // Built once, shared by their own routes and by the meetings whose decisions reach them.
  const reports = createReportService(reportingDeps);
  const documents = createDocumentService(documentDeps);
  const controlPlans = createControlPlanService(internalControlDeps);
  const controlReports = createControlReportService(internalControlDeps);
  const rollup = createRollupService(reportingDeps);
  const dialogue = createDialogueServices({ ...dialogueDeps, notifier, tenants, library, documents: documentRepository });
  const meetingRepository = createCosmosMeetingRepository(database.container("meetings"), clock);
  return {
    config,
    hostParts: overrides.hostParts ?? {},
    clock,
    validateToken,
    rateLimiter: createRateLimiter({
      perUser: config.RATE_LIMIT_USER_PER_MINUTE,
      perTenant: config.RATE_LIMIT_TENANT_PER_MINUTE,
      perAnonymousClient: config.RATE_LIMIT_ANONYMOUS_PER_MINUTE,
      perCalendarFeed: config.RATE_LIMIT_CALENDAR_FEED_PER_MINUTE,
    }),
    tenants,
    directoryRepository,
    directory: createDirectoryService({ repo: directoryRepository, ids }),
    goalRepository,
    goalSettings: createGoalSettingsService({ goals: goalRepository }),
    planYears: createPlanYearService({ goals: goalRepository, ids }),
    goals: createGoalService({ goals: goalRepository, directory: directoryRepository, ids, clock }),
    indicators: createIndicatorService({ goals: goalRepository, directory: directoryRepository, ids }),
    notifier,
    notifications: createNotificationService({ directory: directoryRepository, notifier, clock }),
    documentRepository,
    library,
    documents,
    documentTypes: createDocumentTypeService(documentDeps),
    register: createRegisterService(documentDeps),
    documentRecords: createDocumentRecordsService(documentDeps),
    documentFiles: createDocumentFileService(documentDeps),
    librarySettings: createLibrarySettingsService(documentDeps),
    documentAlerts: createDocumentAlertService({ documents: documentRepository, directory: directoryRepository, notifier, clock }),
    calendar: createCalendarService(reportingDeps),
    reports,
    periodStatus: createPeriodStatusService(reportingDeps),
    myReports: createMyReportsService(reportingDeps),
    rollup,
    goalTree: createGoalTreeService(reportingDeps),
    goalDetail: createGoalDetailService(followUpDeps),
    kolada: createKoladaService(followUpDeps),
    finance: createFinanceService(followUpDeps),
    publicResults: createPublicResultsService(followUpDeps),
    reportDocument: createReportDocumentService(followUpDeps),
    overview: createOverviewService({ ...reportingDeps, register: createRegisterService(documentDeps) }),
    internalControlRepository,
    internalControlSettings: createInternalControlSettingsService({ internalControl: internalControlRepository }),
    risks: createRiskService(internalControlDeps),
    controlPlans,
    controlReports,
    oversight: createOversightService(internalControlDeps),
    myInternalControl: createMyInternalControlService(internalControlDeps),
    rsa: createRsaService({ ...internalControlDeps, documents: documentRepository }),
    internalControlAlerts: createInternalControlAlertService({ ...internalControlDeps, notifier }),
    internalControlReport: createInternalControlReportService(internalControlDeps),
    ...dialogue,
    ...createMeetingServices({
      ...dialogueDeps,
      meetings: meetingRepository,
      reports: goalRepository,
      reportService: reports,
      rollup,
      documents: documentRepository,
      documentService: documents,
      internalControl: internalControlRepository,
      controlPlans,
      controlReports,
      dialoguePlans: dialogue.dialoguePlans,
      library,
      secrets: feedSecrets,
    }),
    audit: createAuditService({
      sources: [
        { objectTypes: directoryObjectTypes, listAudit: directoryRepository.listAudit },
        { objectTypes: goalObjectTypes, listAudit: goalRepository.listAudit },
        { objectTypes: reportObjectTypes, listAudit: goalRepository.listAudit },
        { objectTypes: followUpObjectTypes, listAudit: goalRepository.listAudit },
        { objectTypes: documentObjectTypes, listAudit: documentRepository.listAudit },
        { objectTypes: internalControlObjectTypes, listAudit: internalControlRepository.listAudit },
        { objectTypes: dialogueObjectTypes, listAudit: dialogueRepository.listAudit },
        { objectTypes: meetingObjectTypes, listAudit: meetingRepository.listAudit },
      ],
    }),
    loadPrincipal: (caller) => principalOf(directoryRepository, caller),
    async ping() {
      try {
        await database.read();
        return true;
      } catch {
        return false;
      }
    },
  };
}

let current: Services | undefined;
let refused: DomainError | undefined;

/**
 * The services for this process; built from `process.env` on first use unless set. In
 * production with a laptop-only part not allowed, there are none: every route (health
 * included) answers 503 naming the parts and their settings.
 */
export function services(): Services {
  if (refused) throw refused;
  if (!current) {
    const config = loadConfig(process.env);
    const refusals = productionRefusals(config);
    if (refusals.length > 0) {
      refused = refusalError(refusals);
      console.error(`[config] ${refused.message}`);
      throw refused;
    }
    warnAllowedParts(config);
    current = composeFromConfig(config);
  }
  return current;
}

/**
 * Sets the services this process serves with, and returns those it served with before, so
 * a runtime started inside another (a test's second runtime) gives them back on stop.
 */
export function useServices(next: Services | undefined): Services | undefined {
  const previous = current;
  refused = undefined;
  current = next;
  return previous;
}
