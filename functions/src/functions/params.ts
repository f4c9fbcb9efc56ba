import { Guid, Key } from "@kvalitetskedjan/domain";
import { z } from "zod";

/** Path parameters shared by routes. */
export const KeyParams = z.strictObject({ id: Key });
export const GuidParams = z.strictObject({ id: Guid });
