// Reads the Bicep templates with the tree-sitter Bicep grammar (this machine cannot run the
// Bicep compiler) and checks them against the code: the Function App's settings against the
// production configuration, the Cosmos DB containers against the modules', CORS and headers.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Parser from "tree-sitter";
import Bicep from "tree-sitter-bicep";
import { containerNames } from "../../functions/src/modules.js";
import { AppConfig, loadConfig } from "../../functions/src/platform/config.js";
import { productionRefusals } from "../../functions/src/platform/production-mode.js";

type Node = Parser.SyntaxNode;

const parser = new Parser();
parser.setLanguage(Bicep as unknown as Parser.Language);

export const infraDir = join(import.meta.dirname, "..", "..", "infra");

export interface Templates {
  readonly main: string;
  readonly functionApp: string;
  readonly cosmos: string;
}

export const readTemplates = (): Templates => ({
  main: readFileSync(join(infraDir, "main.bicep"), "utf8"),
  functionApp: readFileSync(join(infraDir, "modules", "function-app.bicep"), "utf8"),
  cosmos: readFileSync(join(infraDir, "modules", "cosmos.bicep"), "utf8"),
});

export const parseBicep = (text: string): Parser.Tree => parser.parse(text);

/** Every syntax error (an ERROR node, or a token the parser had to make up), by line and column. */
export function syntaxErrors(text: string): string[] {
  const found: string[] = [];
  const walk = (node: Node) => {
    if (node.type === "ERROR" || node.isMissing) found.push(`${node.startPosition.row + 1}:${node.startPosition.column + 1} ${node.type}`);
    for (const child of node.children) walk(child);
  };
  walk(parseBicep(text).rootNode);
  return found;
}

/** The node under the single-child wrappers the grammar puts around values. */
const unwrap = (node: Node): Node => {
  let n = node;
  while ((n.type === "expression" || n.type === "primary_expression") && n.namedChildCount === 1 && n.namedChildren[0])
    n = n.namedChildren[0];
  return n;
};

const keyOf = (property: Node): string => {
  const key = property.namedChildren[0];
  return key ? key.text.replace(/^'|'$/g, "") : "";
};

/** An object's properties, by key. */
export function propertiesOf(object: Node): Map<string, Node> {
  const map = new Map<string, Node>();
  for (const child of unwrap(object).namedChildren) {
    if (child.type !== "object_property") continue;
    const value = child.namedChildren[1];
    if (value) map.set(keyOf(child), unwrap(value));
  }
  return map;
}

const declarations = (tree: Parser.Tree, type: string): Node[] => tree.rootNode.descendantsOfType(type);
const nameOf = (declaration: Node): string => declaration.namedChildren.find((c) => c.type === "identifier")?.text ?? "";
const lastChild = (declaration: Node): Node | undefined => declaration.namedChildren.at(-1);

/** A string literal's text, when it has no interpolation. */
const literal = (node: Node): string | undefined =>
  node.type === "string" && !node.namedChildren.some((c) => c.type === "interpolation") ? node.text.slice(1, -1) : undefined;

/** A value, when the template fixes it: a string literal, or a parameter with a literal default. */
function fixedValue(node: Node, tree: Parser.Tree): string | undefined {
  const own = literal(node);
  if (own !== undefined) return own;
  if (node.type !== "identifier") return undefined;
  const param = declarations(tree, "parameter_declaration").find((d) => nameOf(d) === node.text);
  const fallback = param ? lastChild(param) : undefined;
  return fallback && param?.children.some((c) => c.type === "=") ? literal(unwrap(fallback)) : undefined;
}

/** The Function App's settings: the platform's in function-app.bicep and the app's passed by main.bicep. */
export function functionAppSettings(t: Templates): Map<string, string | undefined> {
  const settings = new Map<string, string | undefined>();
  const module = parseBicep(t.functionApp);
  const platform = declarations(module, "variable_declaration").find((d) => nameOf(d) === "platformSettings");
  for (const [key, value] of platform ? propertiesOf(lastChild(platform) as Node) : []) settings.set(key, fixedValue(value, module));
  const main = parseBicep(t.main);
  const api = declarations(main, "module_declaration").find((d) => nameOf(d) === "api");
  const params = api ? propertiesOf(lastChild(api) as Node).get("params") : undefined;
  const app = params ? propertiesOf(params).get("appSettings") : undefined;
  for (const [key, value] of app ? propertiesOf(app) : []) settings.set(key, fixedValue(value, main));
  return settings;
}

/** A value of the right shape for a setting whose value Azure fills in (an output, an interpolation). */
function placeholder(key: string): string {
  const shape = (AppConfig.shape as Record<string, { safeParse: (v: unknown) => { success: boolean } }>)[key];
  const candidates = ["https://placeholder.example.net/", "11111111-1111-4111-8111-111111111111", "placeholder"];
  return candidates.find((c) => shape?.safeParse(c).success) ?? "placeholder";
}

/** What the Functions host itself needs to run with an identity and report to Application Insights. */
const platformSettings = [
  "AzureWebJobsStorage__accountName",
  "AzureWebJobsStorage__credential",
  "AzureWebJobsStorage__clientId",
  "APPLICATIONINSIGHTS_CONNECTION_STRING",
  "APPLICATIONINSIGHTS_AUTHENTICATION_STRING",
  "AZURE_CLIENT_ID",
  "AzureWebJobsDisableHomepage",
];

/** Why the Function App as the templates configure it would not run in production; empty when it would. */
export function settingsProblems(t: Templates): string[] {
  const settings = functionAppSettings(t);
  const problems = platformSettings.filter((key) => !settings.has(key)).map((key) => `${key} is not set`);
  if (settings.has("COSMOS_KEY")) problems.push("COSMOS_KEY is set, but the account's keys are disabled");
  // As Azure runs it: WEBSITE_INSTANCE_ID is the platform's.
  const env: Record<string, string> = { WEBSITE_INSTANCE_ID: "azure" };
  for (const [key, value] of settings) env[key] = value ?? placeholder(key);
  try {
    const config = loadConfig(env);
    for (const r of productionRefusals(config)) problems.push(`production refuses ${r.part} (${r.setting})`);
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  }
  return problems;
}

/** Why the Cosmos DB template does not hold exactly the modules' containers on `/tenantId`; empty when it does. */
export function containerProblems(t: Templates): string[] {
  const tree = parseBicep(t.cosmos);
  const list = declarations(tree, "variable_declaration").find((d) => nameOf(d) === "containers");
  const declared = list ? (lastChild(list)?.descendantsOfType("string") ?? []).map((s) => s.text.slice(1, -1)) : [];
  const problems: string[] = [];
  for (const name of containerNames) if (!declared.includes(name)) problems.push(`container ${name} is not declared`);
  for (const name of declared) if (!containerNames.includes(name)) problems.push(`container ${name} is declared but no module uses it`);
  const resource = declarations(tree, "resource_declaration").find((d) => d.namedChildren[1]?.text.includes("sqlDatabases/containers"));
  const loop = resource?.descendantsOfType("for_statement")[0];
  if (!loop || !/\bin containers\b/.test(loop.text)) problems.push("the container resource does not make one container per name");
  const partitionKey = resource?.descendantsOfType("object_property").find((p) => keyOf(p) === "partitionKey");
  const paths = partitionKey ? propertiesOf(partitionKey.namedChildren[1] as Node).get("paths") : undefined;
  const values = paths?.descendantsOfType("string").map((s) => s.text.slice(1, -1)) ?? [];
  if (values.length !== 1 || values[0] !== "/tenantId")
    problems.push(`containers are partitioned by ${JSON.stringify(values)}, not /tenantId`);
  return problems;
}

/** Platform CORS on the Function App would override the app's own headers. */
export function corsProblems(t: Templates): string[] {
  const cors = parseBicep(t.functionApp)
    .rootNode.descendantsOfType("object_property")
    .filter((p) => keyOf(p) === "cors");
  return cors.length > 0 ? ["the Function App sets platform CORS, which overrides the app's own"] : [];
}

/** The Node version the Function App runs. */
export function functionAppNodeVersion(t: Templates): string | undefined {
  const runtime = parseBicep(t.functionApp)
    .rootNode.descendantsOfType("object_property")
    .find((p) => keyOf(p) === "runtime");
  const version = runtime ? propertiesOf(runtime.namedChildren[1] as Node).get("version") : undefined;
  return version ? literal(version) : undefined;
}
