import { app } from "./azure-functions.js";
import type { AnonymousRouteSpec, AnyRouteSpec, RegisteredRoute, UserRouteSpec } from "./http/route.js";
import { toHttpHandler, toPreflight } from "./http/route.js";

/**
 * Declares a route: its contract and handler, bound to the request pipeline. It is served
 * once its module lists it and `registerModules` registers the module.
 */
export function defineRoute<B, Q, P, R>(spec: UserRouteSpec<B, Q, P, R> | AnonymousRouteSpec<B, Q, P, R>): RegisteredRoute {
  return {
    spec: spec as AnyRouteSpec,
    handler: toHttpHandler(spec as AnyRouteSpec),
    preflight: toPreflight(spec as AnyRouteSpec),
  };
}

const registry: RegisteredRoute[] = [];

/**
 * Registers a route with the Functions runtime (`app.http`) and in the route table the
 * local host and the OpenAPI document read, so both hosts serve the very same handler.
 */
export function registerRoute(route: RegisteredRoute): void {
  registry.push(route);
  // host.json's routePrefix is empty (the same Function App serves the tabs at /): the API's prefix is here.
  app.http(route.spec.name, {
    methods: [route.spec.method],
    route: `api/${route.spec.route}`,
    authLevel: "anonymous",
    handler: route.handler,
  });
}

export const routeTable = (): readonly RegisteredRoute[] => registry;
