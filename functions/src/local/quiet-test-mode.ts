// Outside the Functions host, @azure/functions announces "test mode" and one skipped
// registration per route. That is expected here (the local host serves the same
// handlers), so `npm start` drops exactly those lines. Imported first by local-main.ts.
const expected = [/^WARNING: Failed to detect the Azure Functions runtime/, /^WARNING: Skipping call to register function/];
const warn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  if (typeof args[0] === "string" && expected.some((p) => p.test(args[0] as string))) return;
  warn(...args);
};
