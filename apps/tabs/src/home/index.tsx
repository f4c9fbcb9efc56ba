import { defineTabModule } from "../shared/tab-module.js";
import { HomeView } from "./home.js";

/** My items: the first screen, loaded with the shell. */
export const homeTabModule = defineTabModule({
  name: "home",

  areas: [{ area: "home", view: HomeView }],
});
