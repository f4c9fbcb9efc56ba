import { z } from "zod";

export const Health = z.object({ status: z.enum(["ok", "degraded"]), version: z.string(), time: z.string() });
export type Health = z.infer<typeof Health>;

/** One check of how this deployment is set up, for the municipality's administrators. */
export const HealthCheck = z.object({ name: z.string(), ok: z.boolean(), message: z.string() });
export const HealthDetails = Health.extend({ checks: z.array(HealthCheck) });
export type HealthDetails = z.infer<typeof HealthDetails>;
