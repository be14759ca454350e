import { Client } from 'pg';

/** Read only: the open case the demo worker (Youssef) holds for the demo client (Sanne), with an online dossier. */
export async function demoCaseId(databaseUrl: string): Promise<string> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const { rows } = await db.query(
      `SELECT c.id FROM care_case c JOIN account a ON a.id = c.client_id JOIN account w ON w.id = c.assigned_worker_id
        WHERE a.email = 'client@demo.nabij.nl' AND w.email = 'worker@demo.nabij.nl' AND c.closed_on IS NULL AND c.uses_online_dossier
        ORDER BY c.opened_on DESC LIMIT 1`,
    );
    return rows[0].id;
  } finally {
    await db.end();
  }
}
