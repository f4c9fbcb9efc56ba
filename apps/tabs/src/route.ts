import { useCallback, useEffect, useState } from "react";

export type Area = "home" | "goals" | "administration";
export type Route = { area: Area | "config" };

const parse = (hash: string): Route => {
  const area = hash.replace(/^#\/?/, "").split(/[/?]/)[0];
  return { area: area === "administration" || area === "goals" || area === "config" ? area : "home" };
};

/** Hash routes (`#/home`, `#/administration`, `#/config`): static hosting, deep links from Teams. */
export function useHashRoute(): [Route, (area: Area) => void] {
  const [route, setRoute] = useState(() => parse(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parse(window.location.hash));
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  const navigate = useCallback((area: Area) => {
    window.location.hash = `#/${area}`;
  }, []);
  return [route, navigate];
}
