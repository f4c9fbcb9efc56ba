import { type Theme, teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme } from "@fluentui/react-components";
import type { TeamsTheme } from "./teams/teams-host.js";

/** The Teams theme mapped to Fluent's, in one place. */
export const fluentTheme: Record<TeamsTheme, Theme> = {
  default: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

export const themeFromQuery = (search: string): TeamsTheme => {
  const t = new URLSearchParams(search).get("theme");
  return t === "dark" || t === "contrast" ? t : "default";
};
