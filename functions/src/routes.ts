import { app } from "./azure-functions.js";
import type { AnonymousRouteSpec, AnyRouteSpec, RegisteredRoute, UserRouteSpec } from "./http/route.js";
import { toHttpHandler, toPreflight } from "./http/route.js";

const registry: RegisteredRoute[] = [];

/**
 * Registers a route with the Functions runtime (`app.http`) and in the route table the
 * local host and the OpenAPI document read, so both hosts serve the very same handler.
 */
export function defineRoute<B, Q, P, R>(spec: UserRouteSpec<B, Q, P, R> | AnonymousRouteSpec<B, Q, P, R>): RegisteredRoute {
  const registered: RegisteredRoute = {
    spec: spec as AnyRouteSpec,
    handler: toHttpHandler(spec as AnyRouteSpec),
    preflight: toPreflight(spec as AnyRouteSpec),
  };
  registry.push(registered);
  app.http(spec.name, {
    methods: [spec.method],
    route: spec.route,
    authLevel: "anonymous",
    handler: registered.handler,
  });
  return registered;
}

export const routeTable = (): readonly RegisteredRoute[] => registry;
