// Every route, registered on import. Add a file here and it is served by both hosts.
import "./audit-list.js";
import "./health-get.js";
import "./me-get.js";
import "./my-items-get.js";
import "./openapi-get.js";
import "./org-unit-create.js";
import "./org-unit-update.js";
import "./org-units-list.js";
import "./people-list.js";
import "./person-create.js";
import "./person-update.js";
import "./role-assignment-create.js";
import "./role-assignment-delete.js";
import "./role-assignments-list.js";
