import { activityTemplates } from "@kvalitetskedjan/domain";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { buildAppPackage, packageFileName, readSettings, settingsFromOutputs } from "./package-app.js";
import { validateAppPackage } from "./validate.js";

const env = {
  TEAMS_APP_ID: "7d1f0c4e-1b2a-4c3d-8e9f-0a1b2c3d4e5f",
  ENTRA_CLIENT_ID: "0f9e8d7c-6b5a-4d3c-9b2a-1f0e9d8c7b6a",
  TAB_HOST: "kvalitet.pitea.example.se",
};

describe("Teams app package (QUALITY-BAR 17)", () => {
  it("validates against the newest GA schema shipped in @microsoft/app-manifest", async () => {
    const pkg = await buildAppPackage(readSettings(env));
    expect(validateAppPackage(pkg.manifest, pkg.localization)).toEqual([]);
    expect(pkg.manifest["manifestVersion"]).toBe("1.30");
  });

  it("catches a manifest that breaks the schema", async () => {
    const pkg = await buildAppPackage(readSettings(env));
    expect(validateAppPackage({ ...pkg.manifest, accentColor: "blue", id: "nope" }, pkg.localization).length).toBeGreaterThan(0);
  });

  it("lists only the tab host in validDomains, with no wildcard or tunnel", async () => {
    const { manifest } = await buildAppPackage(readSettings(env));
    expect(manifest["validDomains"]).toEqual(["kvalitet.pitea.example.se"]);
    expect(() => readSettings({ ...env, TAB_HOST: "abc.ngrok.io" })).toThrow(/tunnel/);
    expect(() => readSettings({ ...env, TAB_HOST: "*.example.se" })).toThrow(/TAB_HOST/);
  });

  it("matches webApplicationInfo to the App ID URI Teams SSO uses", async () => {
    const { manifest } = await buildAppPackage(readSettings(env));
    expect(manifest["webApplicationInfo"]).toEqual({
      id: env.ENTRA_CLIENT_ID,
      resource: `api://${env.TAB_HOST}/${env.ENTRA_CLIENT_ID}`,
    });
    expect(() => readSettings({ ...env, APP_ID_URI: "api://other.example.se/x" })).toThrow(/APP_ID_URI/);
  });

  it("declares the activity types later capabilities send, in both languages", async () => {
    const { manifest, localization } = await buildAppPackage(readSettings(env));
    const types = (manifest["activities"] as { activityTypes: { type: string }[] }).activityTypes.map((a) => a.type);
    expect(types).toEqual(["reportDue", "documentRevisionDue", "documentExpired", "internalControlOverdue", "dialogueFeedbackDue"]);
    expect(localization["activities.activityTypes[2].templateText"]).toContain("expired");
  });

  it("declares every activity type the code sends, with the Swedish text the mail fallback repeats (QUALITY-BAR 15)", async () => {
    const { manifest, localization } = await buildAppPackage(readSettings(env));
    const declared = (manifest["activities"] as { activityTypes: { type: string; templateText: string }[] }).activityTypes;
    expect(Object.fromEntries(declared.map((a) => [a.type, a.templateText]))).toEqual(activityTemplates);
    // The English template names the same parameters as the Swedish one.
    declared.forEach((a, i) => {
      const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(String(localization[`activities.activityTypes[${i}].templateText`]))).toEqual(names(a.templateText));
    });
  });

  it("offers a configurable tab for channels, chats and the meeting side panel", async () => {
    const { manifest } = await buildAppPackage(readSettings(env));
    const [tab] = manifest["configurableTabs"] as { context: string[]; configurationUrl: string }[];
    expect(tab?.context).toEqual(expect.arrayContaining(["channelTab", "privateChatTab", "meetingSidePanel"]));
    expect(tab?.configurationUrl).toBe("https://kvalitet.pitea.example.se/?inTeams=1#/config");
  });

  it("asks for only the resource-specific permission sharing to a meeting's stage needs", async () => {
    const { manifest } = await buildAppPackage(readSettings(env));
    const auth = manifest["authorization"] as { permissions: { resourceSpecific: { name: string; type: string }[] } };
    expect(auth.permissions.resourceSpecific).toEqual([{ name: "MeetingStage.Write.Chat", type: "Delegated" }]);
    const [tab] = manifest["configurableTabs"] as { context: string[]; meetingSurfaces: string[] }[];
    expect(tab?.context).toEqual(expect.arrayContaining(["meetingSidePanel", "meetingStage", "meetingDetailsTab"]));
    expect(tab?.meetingSurfaces).toEqual(["sidePanel", "stage"]);
  });

  it("zips the manifest with a 192 px colour icon and a 32 px outline icon", async () => {
    const pkg = await buildAppPackage(readSettings(env));
    const zip = await JSZip.loadAsync(pkg.zip);
    expect(Object.keys(zip.files).sort()).toEqual(["color.png", "en-us.json", "manifest.json", "outline.png"]);
    const size = async (name: string) => {
      const png = await zip.file(name)?.async("nodebuffer");
      return png ? [png.readUInt32BE(16), png.readUInt32BE(20)] : null;
    };
    expect(await size("color.png")).toEqual([192, 192]);
    expect(await size("outline.png")).toEqual([32, 32]);
  });

  it("names every missing setting", () => {
    expect(() => readSettings({})).toThrow(/TEAMS_APP_ID.*ENTRA_CLIENT_ID.*TAB_HOST/);
  });

  it("packages one environment from its provisioning outputs, a trial one labelled as such", async () => {
    const outputs = [
      `AZURE_ENV_NAME="test"`,
      `TAB_HOST="swa-kvk-test.azurestaticapps.net"`,
      `API_CLIENT_ID="${env.ENTRA_CLIENT_ID}"`,
      `APP_ID_URI="api://swa-kvk-test.azurestaticapps.net/${env.ENTRA_CLIENT_ID}"`,
      `TEAMS_APP_ID="${env.TEAMS_APP_ID}"`,
    ].join("\n");
    const settings = readSettings(settingsFromOutputs(outputs, {}));
    expect(packageFileName(settings)).toBe("kvalitetskedjan-test.zip");
    const pkg = await buildAppPackage(settings);
    expect(validateAppPackage(pkg.manifest, pkg.localization)).toEqual([]);
    expect(pkg.manifest["name"]).toMatchObject({ short: "Kvalitetskedjan (test)" });
    expect(pkg.localization["name.short"]).toBe("Kvalitetskedjan (test)");
    expect(pkg.manifest["validDomains"]).toEqual(["swa-kvk-test.azurestaticapps.net"]);
    const trialIcon = await (await JSZip.loadAsync(pkg.zip)).file("color.png")?.async("nodebuffer");
    const prod = await buildAppPackage(readSettings({ ...env, ENVIRONMENT_NAME: "prod" }));
    expect(prod.manifest["name"]).toMatchObject({ short: "Kvalitetskedjan" });
    expect(packageFileName(readSettings({ ...env, ENVIRONMENT_NAME: "prod" }))).toBe("kvalitetskedjan-prod.zip");
    const prodIcon = await (await JSZip.loadAsync(prod.zip)).file("color.png")?.async("nodebuffer");
    expect(trialIcon?.equals(prodIcon ?? Buffer.alloc(0))).toBe(false);
    expect(() => readSettings(settingsFromOutputs('TAB_HOST="x"', {}))).toThrow(/TEAMS_APP_ID.*ENTRA_CLIENT_ID.*TAB_HOST/);
  });
});
