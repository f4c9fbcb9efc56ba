import { createRoot } from "react-dom/client";
import { PublicResultsApp } from "./public-results.js";

const root = document.getElementById("root");
if (root) createRoot(root).render(<PublicResultsApp />);
