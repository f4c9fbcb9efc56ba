/** Body limit of file imports (a Kolada download, a finance CSV). */
export const fileImportBytes = 1024 * 1024;

/** Open data may be cached and read from any site; it holds nothing personal. */
export const publicHeaders = { "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" };
