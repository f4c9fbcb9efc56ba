import { defineModule } from "../platform/module.js";
import meGet from "./me-get.js";
import orgUnitCreate from "./org-unit-create.js";
import orgUnitUpdate from "./org-unit-update.js";
import orgUnitsList from "./org-units-list.js";
import peopleList from "./people-list.js";
import personCreate from "./person-create.js";
import personUpdate from "./person-update.js";
import roleAssignmentCreate from "./role-assignment-create.js";
import roleAssignmentDelete from "./role-assignment-delete.js";
import roleAssignmentsList from "./role-assignments-list.js";

/** The municipality's organisation, people and roles, and who is signed in. */
export const directoryModule = defineModule({
  name: "directory",
  routes: [
    meGet,
    orgUnitCreate,
    orgUnitUpdate,
    orgUnitsList,
    peopleList,
    personCreate,
    personUpdate,
    roleAssignmentCreate,
    roleAssignmentDelete,
    roleAssignmentsList,
  ],
  containers: ["tenants", "directory"],
});
