import { defineModule } from "../platform/module.js";
import myItemsGet from "./my-items-get.js";

/** My items: what the signed-in person has to do, across modules. */
export const homeModule = defineModule({
  name: "home",
  routes: [myItemsGet],
});
