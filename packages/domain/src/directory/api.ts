// The directory module's routes in the API's catalogue (see shared/api-route.ts).
import type { z } from "zod";
import type {
  CreateOrgUnitBody,
  CreatePersonBody,
  GrantRoleBody,
  GuidParams,
  KeyParams,
  ListPeopleQuery,
  ListRoleAssignmentsQuery,
  Me,
  MyItems,
  OrgTree,
  OrgUnit,
  PeoplePage,
  Person,
  RoleAssignment,
  RoleAssignmentList,
  UpdateOrgUnitBody,
  UpdatePersonBody,
} from "../index.js";
import { apiRoute } from "../shared/api-route.js";

export const meGetRoute = apiRoute<undefined, undefined, undefined, z.output<typeof Me>>("me-get", "GET", "me");
export const orgUnitCreateRoute = apiRoute<undefined, undefined, z.input<typeof CreateOrgUnitBody>, z.output<typeof OrgUnit>>(
  "org-unit-create",
  "POST",
  "org/units",
);
export const orgUnitUpdateRoute = apiRoute<
  z.input<typeof KeyParams>,
  undefined,
  z.input<typeof UpdateOrgUnitBody>,
  z.output<typeof OrgUnit>
>("org-unit-update", "PATCH", "org/units/{id}");
export const orgUnitsListRoute = apiRoute<undefined, undefined, undefined, z.output<typeof OrgTree>>("org-units-list", "GET", "org/units");
export const peopleListRoute = apiRoute<undefined, z.input<typeof ListPeopleQuery>, undefined, z.output<typeof PeoplePage>>(
  "people-list",
  "GET",
  "people",
);
export const personCreateRoute = apiRoute<undefined, undefined, z.input<typeof CreatePersonBody>, z.output<typeof Person>>(
  "person-create",
  "POST",
  "people",
);
export const personUpdateRoute = apiRoute<z.input<typeof GuidParams>, undefined, z.input<typeof UpdatePersonBody>, z.output<typeof Person>>(
  "person-update",
  "PATCH",
  "people/{id}",
);
export const roleAssignmentCreateRoute = apiRoute<undefined, undefined, z.input<typeof GrantRoleBody>, z.output<typeof RoleAssignment>>(
  "role-assignment-create",
  "POST",
  "role-assignments",
);
export const roleAssignmentDeleteRoute = apiRoute<z.input<typeof KeyParams>, undefined, undefined, null>(
  "role-assignment-delete",
  "DELETE",
  "role-assignments/{id}",
);
export const roleAssignmentsListRoute = apiRoute<
  undefined,
  z.input<typeof ListRoleAssignmentsQuery>,
  undefined,
  z.output<typeof RoleAssignmentList>
>("role-assignments-list", "GET", "role-assignments");
export const myItemsGetRoute = apiRoute<undefined, undefined, undefined, z.output<typeof MyItems>>("my-items-get", "GET", "me/items");
