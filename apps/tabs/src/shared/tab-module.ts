import type { AppArea, Me } from "@kvalitetskedjan/domain";
import type { ComponentType } from "react";
import type { ApiClient } from "./api/client.js";

export interface AreaViewProps {
  readonly api: ApiClient;
  readonly me: Me;
}

export interface DetailViewProps {
  readonly api: ApiClient;
  /** The route's parameters, decoded: `#/report/2026/interim2/socn` gives three. */
  readonly params: readonly string[];
}

/** A screen under an area, reached by `#/{name}/{params…}`: from a list, a Teams deep link or a reminder. */
export interface DetailScreen {
  readonly name: string;
  readonly params: number;
  /** The area the navigation shows as current. */
  readonly area: AppArea;
  readonly view: ComponentType<DetailViewProps>;
}

/**
 * What a module brings to the tabs. Each module folder's `index.tsx` exports one;
 * `src/modules.ts` lists them (its messages: `src/i18n/catalog.ts`).
 */
export interface TabModule {
  /** The folder name, the same in `packages/domain/src` and `functions/src`. */
  readonly name: string;
  /** Top-level areas (lazy views); the API's `me.areas` decides who sees which. */
  readonly areas?: readonly { readonly area: AppArea; readonly view: ComponentType<AreaViewProps> }[];
  readonly details?: readonly DetailScreen[];
}

export const defineTabModule = (module: TabModule): TabModule => module;
