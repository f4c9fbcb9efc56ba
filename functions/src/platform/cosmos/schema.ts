import type { CosmosClient, Database } from "@azure/cosmos";

/**
 * Creates the database and the modules' containers when missing; safe to run on every start.
 * Every container is partitioned by tenant: no query or write ever crosses tenants.
 */
export async function ensureSchema(client: CosmosClient, databaseId: string, containerNames: readonly string[]): Promise<Database> {
  const { database } = await client.databases.createIfNotExists({ id: databaseId });
  for (const id of containerNames) {
    await database.containers.createIfNotExists({ id, partitionKey: { paths: ["/tenantId"] } });
  }
  return database;
}
