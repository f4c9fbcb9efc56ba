import type { TokenProvider } from "./shared/api/client.js";

// Outside Teams only. We remember which demo user was chosen (an id, not a token) for
// this browser tab, so a reload does not ask again; tokens stay in memory.
const chosenUserKey = "kvalitetskedjan.demoUserId";

export const rememberedDemoUser = (): string | null => sessionStorage.getItem(chosenUserKey);
export const rememberDemoUser = (userId: string | null): void => {
  if (userId === null) sessionStorage.removeItem(chosenUserKey);
  else sessionStorage.setItem(chosenUserKey, userId);
};

export interface DemoUser {
  readonly id: string;
  readonly name: string;
  readonly tenantId: string;
  readonly tenantName: string;
  readonly roles: readonly { readonly role: string; readonly scopeId: string }[];
}

export async function listDemoUsers(): Promise<DemoUser[]> {
  const response = await fetch("/dev/users");
  if (!response.ok) throw new Error(`dev users: ${response.status}`);
  return ((await response.json()) as { users: DemoUser[] }).users;
}

/** Tokens from the local identity provider, renewed a minute before they expire. */
export function demoTokenProvider(userId: string): TokenProvider {
  let cached: { token: string; expiresAt: number } | null = null;
  return async () => {
    if (cached && cached.expiresAt - 60_000 > Date.now()) return cached.token;
    const response = await fetch("/dev/token", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ userId }),
    });
    if (!response.ok) throw new Error(`dev token: ${response.status}`);
    const { accessToken } = (await response.json()) as { accessToken: string };
    const payload = JSON.parse(atob(accessToken.split(".")[1]?.replace(/-/g, "+").replace(/_/g, "/") ?? "")) as { exp: number };
    cached = { token: accessToken, expiresAt: payload.exp * 1000 };
    return accessToken;
  };
}
