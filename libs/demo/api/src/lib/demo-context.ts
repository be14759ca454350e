/** What the foundation seed created, handed to each domain's demo seeder. */
export interface DemoContext {
  organisationId: string;
  /** Financier ids by name: 'Leiden', 'Alphen aan den Rijn', 'Gouda', 'Lisse'. */
  financierIds: Record<string, string>;
  /** Team ids by name: 'Team Leiden', 'Team Rijnstreek'. */
  teamIds: Record<string, string>;
  accountIds: { client: string; worker: string; teamLead: string; admin: string };
  /** The shared demo password's argon2 hash, for any extra demo accounts. */
  passwordHash: string;
}
