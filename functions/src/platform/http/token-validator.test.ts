import { beforeAll, describe, expect, it } from "vitest";
import { audience, createTokenForge, entraClaims, type TokenForge, unsignedToken } from "../../testing/token-forge.js";
import { createTokenValidator, type TokenValidator } from "./token-validator.js";

const tid = "11111111-1111-4111-8111-111111111111";
const otherTid = "22222222-2222-4222-8222-222222222222";
const oid = "33333333-3333-4333-8333-333333333333";

let forge: TokenForge;
let validate: TokenValidator;

beforeAll(async () => {
  forge = await createTokenForge();
  validate = createTokenValidator({
    keys: forge.keys,
    audiences: [audience, "00000000-aaaa-4bbb-8ccc-000000000000"],
    requiredScope: "access_as_user",
    isOnboarded: async (t) => t === tid,
  });
});

const bearer = (token: string) => `Bearer ${token}`;
const rejects = async (header: string | null, reason: string) =>
  expect(validate(header)).rejects.toMatchObject({ code: "unauthenticated", details: [{ reason }] });

describe("token validation (QUALITY-BAR 1)", () => {
  it("accepts a v2.0 Entra token for this API and names the caller", async () => {
    await expect(validate(bearer(await forge.sign(entraClaims(tid, oid))))).resolves.toEqual({
      tenantId: tid,
      userId: oid,
      name: "Test Person",
    });
  });

  it("accepts a v1.0 token only with the sts.windows.net issuer", async () => {
    const v1 = { ...entraClaims(tid, oid), ver: "1.0", iss: `https://sts.windows.net/${tid}/` };
    await expect(validate(bearer(await forge.sign(v1)))).resolves.toMatchObject({ tenantId: tid });
    await rejects(bearer(await forge.sign({ ...v1, iss: `https://login.microsoftonline.com/${tid}/v2.0` })), "issuer_mismatch");
  });

  it("rejects a request without a token", async () => {
    await rejects(null, "missing_token");
    await rejects("Basic dXNlcjpwYXNz", "missing_token");
  });

  it("rejects an expired token", async () => {
    const past = Math.floor(Date.now() / 1000) - 7200;
    await rejects(bearer(await forge.sign(entraClaims(tid, oid), { issuedAt: past, expiresIn: past + 60 })), "token_expired");
  });

  it("rejects alg none", async () => {
    await rejects(bearer(unsignedToken(entraClaims(tid, oid))), "unsupported_algorithm");
  });

  it("rejects a token signed by a key outside the key set", async () => {
    await rejects(bearer(await forge.signWithStrangerKey(entraClaims(tid, oid))), "invalid_token");
  });

  it("rejects a token for another audience, such as Microsoft Graph", async () => {
    await rejects(bearer(await forge.sign({ ...entraClaims(tid, oid), aud: "https://graph.microsoft.com" })), "wrong_audience");
  });

  it("rejects an issuer of another tenant than the token's tid", async () => {
    const claims = { ...entraClaims(tid, oid), iss: `https://login.microsoftonline.com/${otherTid}/v2.0` };
    await rejects(bearer(await forge.sign(claims)), "issuer_mismatch");
  });

  it("rejects a token of a tenant that is not onboarded", async () => {
    await rejects(bearer(await forge.sign(entraClaims(otherTid, oid))), "tenant_not_onboarded");
  });

  it("rejects an app-only token without the delegated scope", async () => {
    await rejects(bearer(await forge.sign({ ...entraClaims(tid, oid), scp: undefined, roles: ["Directory.Read.All"] })), "missing_scope");
  });

  it("rejects a token without tid or oid", async () => {
    await rejects(bearer(await forge.sign({ ...entraClaims(tid, oid), tid: undefined })), "missing_tenant");
    await rejects(bearer(await forge.sign({ ...entraClaims(tid, oid), oid: undefined })), "missing_object_id");
  });

  it("rejects garbage that only looks like a JWT", async () => {
    await rejects("Bearer abc.def.ghi", "malformed_token");
  });
});
