import { z } from "zod";
import { Guid, Locale, Name } from "../shared/common-contracts.js";

export const Tenant = z.object({
  /** The municipality's Entra tenant id; also the partition key of all its data. */
  id: Guid,
  name: Name,
  defaultLocale: Locale,
  /** Root of the organisation tree (the municipality itself). */
  rootOrgUnitId: z.string(),
  onboardedAt: z.string(),
});
export type Tenant = z.infer<typeof Tenant>;
