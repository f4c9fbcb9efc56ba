import type { CosmosClient, Database } from "@azure/cosmos";

/** Every container, partitioned by tenant: no query or write ever crosses tenants. */
export const containerNames = ["tenants", "directory", "goals", "notifications", "documents"] as const;
export type ContainerName = (typeof containerNames)[number];

/** Creates the database and containers when missing; safe to run on every start. */
export async function ensureSchema(client: CosmosClient, databaseId: string): Promise<Database> {
  const { database } = await client.databases.createIfNotExists({ id: databaseId });
  for (const id of containerNames) {
    await database.containers.createIfNotExists({ id, partitionKey: { paths: ["/tenantId"] } });
  }
  return database;
}
