import { QueryClientProvider } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { createQueryClient } from "./queries.js";

/**
 * The cache every screen reads through. Loaded with the first screen, after the shell has
 * painted, so the query library is not in the first paint; one per signed-in person.
 */
export function QueryProvider({ children }: { readonly children: ReactNode }) {
  const [client] = useState(createQueryClient);
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
