import type { ApiRoute } from "@kvalitetskedjan/domain";
import { keepPreviousData, QueryClient, type UseQueryResult, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { type ApiClient, ApiError, type RouteArgs, type RouteData } from "./client.js";

/** A failure worth one more try: the network, or the server or a service behind it. Never a 4xx: the answer would be the same. */
const retryable = (failures: number, error: unknown): boolean =>
  failures < 2 && (!(error instanceof ApiError) || error.status === 0 || error.status >= 500);

/**
 * The tabs' one cache of what the API answered (TanStack Query): reads are keyed by
 * route and arguments, kept fresh for 30 s, retried on network and server failures, and
 * invalidated by the writes that change them.
 */
export const createQueryClient = () =>
  new QueryClient({
    defaultOptions: {
      queries: { retry: retryable, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });

/** The cache key of a read: the route's name, then its arguments. */
export const readKey = (route: { readonly name: string }, args?: { readonly params?: unknown; readonly query?: unknown }) =>
  [route.name, args?.params ?? null, args?.query ?? null] as const;

/**
 * Reads a route through the cache. `enabled: false` waits (for a choice the read needs).
 * The screen shows `error` with `refetch` as its retry: no failed load is swallowed.
 */
export function useRead<P, Q, B, R>(
  api: ApiClient,
  route: ApiRoute<P, Q, B, R>,
  args: RouteArgs<P, Q, undefined> = {} as RouteArgs<P, Q, undefined>,
  options: {
    readonly enabled?: boolean /** Keep showing the last answer while another is read (a search as one types). */;
    readonly keepPrevious?: boolean;
    /** Read again every so many milliseconds while shown (a meeting's side panel following its current item). */
    readonly refetchIntervalMs?: number;
  } = {},
): UseQueryResult<RouteData<R>, unknown> {
  return useQuery({
    queryKey: readKey(route, args as { params?: unknown; query?: unknown }),
    queryFn: async () => (await api.call(route, args as RouteArgs<P, Q, B>)).data,
    enabled: options.enabled ?? true,
    ...(options.keepPrevious ? { placeholderData: keepPreviousData } : {}),
    ...(options.refetchIntervalMs ? { refetchInterval: options.refetchIntervalMs } : {}),
  });
}

/** After a write: every cached read of these routes is read again when next shown. */
export function useInvalidate(): (...routes: readonly { readonly name: string }[]) => Promise<void> {
  const client = useQueryClient();
  return useCallback(
    async (...routes) => {
      await Promise.all(routes.map((route) => client.invalidateQueries({ queryKey: [route.name] })));
    },
    [client],
  );
}

/** Puts what a write answered in the cache, so the screen shows it without reading again. */
export function useSetRead() {
  const client = useQueryClient();
  return useCallback(
    <P, Q, B, R>(route: ApiRoute<P, Q, B, R>, args: { readonly params?: P; readonly query?: Q }, data: RouteData<R>) =>
      client.setQueryData(readKey(route, args), data),
    [client],
  );
}

/** The first failure among several reads of a screen, and one retry that reads the failed ones again. */
export function failureOf(...results: readonly UseQueryResult<unknown, unknown>[]): { error: unknown; retry: () => void } {
  const failed = results.filter((r) => r.isError);
  return {
    error: failed[0]?.error ?? null,
    retry: () => {
      for (const r of failed) void r.refetch();
    },
  };
}
