import { z } from "zod";
import { Guid, Name, RecordMeta } from "../shared/common-contracts.js";

export const Person = RecordMeta.extend({
  /** Entra object id (`oid` claim). */
  id: Guid,
  name: Name,
  mail: z.email().max(254),
  active: z.boolean(),
});
export type Person = z.infer<typeof Person>;

export const PeoplePage = z.object({ people: z.array(Person), continuationToken: z.string().nullable() });
export type PeoplePage = z.infer<typeof PeoplePage>;

export const ListPeopleQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  continuationToken: z.string().max(2000).optional(),
});

export const CreatePersonBody = z.strictObject({ id: Guid, name: Name, mail: z.email().max(254) });
export type CreatePersonBody = z.infer<typeof CreatePersonBody>;

export const UpdatePersonBody = z
  .strictObject({ name: Name.optional(), mail: z.email().max(254).optional(), active: z.boolean().optional() })
  .refine((b) => Object.keys(b).length > 0, { message: "Nothing to change." });
export type UpdatePersonBody = z.infer<typeof UpdatePersonBody>;
