import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  containerProblems,
  corsProblems,
  functionAppNodeVersion,
  functionAppSettings,
  infraDir,
  readTemplates,
  settingsProblems,
  syntaxErrors,
} from "../support/infra-consistency.js";

const root = join(infraDir, "..");
const bicepFiles = [
  "main.bicep",
  ...readdirSync(join(infraDir, "modules"))
    .filter((f) => f.endsWith(".bicep"))
    .map((f) => join("modules", f)),
];

describe("the Bicep templates parse (tree-sitter Bicep grammar)", () => {
  it("finds every template: main and its six modules", () => {
    expect(bicepFiles.length).toBe(7);
    const main = readFileSync(join(infraDir, "main.bicep"), "utf8");
    for (const file of bicepFiles.slice(1)) expect(main, file).toContain(`'${file.replaceAll("\\", "/")}'`);
  });

  for (const file of bicepFiles) {
    it(`${file} has no syntax error`, () => {
      expect(syntaxErrors(readFileSync(join(infraDir, file), "utf8"))).toEqual([]);
    });
  }

  it("finds a syntax error when there is one (so the checks above can fail)", () => {
    const main = readFileSync(join(infraDir, "main.bicep"), "utf8");
    expect(syntaxErrors(main.replace("targetScope = 'subscription'", "targetScope = 'subscription"))).not.toEqual([]);
    expect(
      syntaxErrors(main.replace("module identity 'modules/identity.bicep' = {", "module identity 'modules/identity.bicep' = {{")),
    ).not.toEqual([]);
  });
});

describe("the templates match the code", () => {
  const templates = readTemplates();

  it("set every setting production needs, so the Function App starts in production mode", () => {
    expect(settingsProblems(templates)).toEqual([]);
    const settings = functionAppSettings(templates);
    expect(settings.get("APP_ENVIRONMENT")).toBe("production");
    expect(settings.get("NOTIFY_CHANNEL")).toBe("graph");
    expect(settings.get("DOCUMENT_LIBRARY")).toBe("graph");
    expect(settings.get("GRAPH_CREDENTIAL")).toBe("managedIdentity");
    expect(settings.has("GRAPH_CLIENT_SECRET")).toBe(false);
  });

  const removing = (key: string) => ({
    ...templates,
    main: templates.main
      .split("\n")
      .filter((line) => !line.trimStart().startsWith(`${key}:`))
      .join("\n"),
    functionApp: templates.functionApp
      .split("\n")
      .filter((line) => !line.trimStart().startsWith(`${key}:`))
      .join("\n"),
  });
  for (const [key, expected] of [
    ["COSMOS_ENDPOINT", /COSMOS_ENDPOINT/],
    ["AUTH_AUDIENCES", /AUTH_AUDIENCES/],
    ["NOTIFY_CHANNEL", /consoleNotifier/],
    ["DOCUMENT_LIBRARY", /localLibrary/],
    ["GRAPH_CLIENT_ID", /GRAPH_CLIENT_ID/],
    ["TEAMS_APP_ID", /TEAMS_APP_ID/],
    ["AZURE_CLIENT_ID", /AZURE_CLIENT_ID/],
    ["AzureWebJobsStorage__accountName", /AzureWebJobsStorage__accountName/],
    ["APPLICATIONINSIGHTS_CONNECTION_STRING", /APPLICATIONINSIGHTS_CONNECTION_STRING/],
  ] as const) {
    it(`fails when ${key} is taken out of the templates`, () => {
      expect(settingsProblems(removing(key)).join("\n")).toMatch(expected);
    });
  }

  it("fails when a setting chooses a laptop-only part, or a Cosmos key is set", () => {
    expect(
      settingsProblems({
        ...templates,
        main: templates.main.replace("param notifyChannel string = 'graph'", "param notifyChannel string = 'outbox'"),
      }),
    ).toEqual(["production refuses consoleNotifier (NOTIFY_CHANNEL)"]);
    const keyed = templates.main.replace(
      "COSMOS_DATABASE: cosmos.outputs.databaseName",
      "COSMOS_DATABASE: cosmos.outputs.databaseName\n      COSMOS_KEY: 'k'",
    );
    expect(settingsProblems({ ...templates, main: keyed })).toContain("COSMOS_KEY is set, but the account's keys are disabled");
  });

  it("declare exactly the modules' Cosmos DB containers, each partitioned by /tenantId", () => {
    expect(containerProblems(templates)).toEqual([]);
    expect(containerProblems({ ...templates, cosmos: templates.cosmos.replace("  'meetings'\n", "") })).toEqual([
      "container meetings is not declared",
    ]);
    expect(containerProblems({ ...templates, cosmos: templates.cosmos.replace("'/tenantId'", "'/id'") })).toEqual([
      'containers are partitioned by ["/id"], not /tenantId',
    ]);
  });

  it("leave CORS to the app (no platform CORS), and serve the tabs and the API from one host", () => {
    expect(corsProblems(templates)).toEqual([]);
    expect(
      corsProblems({
        ...templates,
        functionApp: templates.functionApp.replace(
          "http20Enabled: true",
          "http20Enabled: true\n      cors: {\n        allowedOrigins: ['*']\n      }",
        ),
      }),
    ).not.toEqual([]);
    // The tab host is the Function App's: the App ID URI, the API's public address and the package's output name it.
    // biome-ignore lint/suspicious/noTemplateCurlyInString: Bicep's own interpolation, as the template has it
    expect(templates.main).toContain("var tabHost = '${functionAppName}.azurewebsites.net'");
    expect(templates.main).toMatch(/module api 'modules\/function-app\.bicep' = \{[\s\S]*?name: functionAppName\n/);
    expect(functionAppSettings(templates).has("API_PUBLIC_URL")).toBe(true);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: Bicep's own interpolation, as the template has it
    expect(templates.main).toContain("API_PUBLIC_URL: 'https://${tabHost}'");
    // biome-ignore lint/suspicious/noTemplateCurlyInString: Bicep's own interpolation, as the template has it
    expect(templates.main).toContain("AUTH_AUDIENCES: '${apiClientId},api://${tabHost}/${apiClientId}'");
    expect(templates.main).toContain("output TAB_HOST string = tabHost");
    expect(JSON.parse(readFileSync(join(root, "functions", "host.json"), "utf8")).extensions.http.routePrefix).toBe("");
  });

  it("run the Node LTS the deployed package and the repository's engines name", () => {
    const version = functionAppNodeVersion(templates);
    expect(version).toBe("22");
    expect(readFileSync(join(root, "functions", "build.mjs"), "utf8")).toContain(`const azureNodeVersion = "${version}";`);
    expect(JSON.parse(readFileSync(join(root, "package.json"), "utf8")).engines.node).toContain(`^${version}`);
  });

  it("ship an app-registration script that is valid shell", () => {
    execFileSync("bash", ["-n", join(infraDir, "scripts", "register-app.sh")]);
  });

  it("are the azd project's infrastructure, deploying the one package of the API and the tabs", () => {
    const azd = readFileSync(join(root, "azure.yaml"), "utf8");
    expect(azd).toMatch(/infra:\n {2}provider: bicep\n {2}path: infra\n {2}module: main/);
    expect(azd).toContain("project: ./functions/dist/app");
    expect(azd).toContain("host: function");
    expect(azd).not.toContain("staticwebapp");
    const parameters = JSON.parse(readFileSync(join(infraDir, "main.parameters.json"), "utf8"));
    expect(Object.keys(parameters.parameters)).toContain("apiClientId");
  });
});
