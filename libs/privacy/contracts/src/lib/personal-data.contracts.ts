/** One line of "who looked at or changed my data", as the client gets it in their export. */
export interface PersonalDataAccess {
  occurredAt: string;
  actorName: string | null;
  actorRole: string | null;
  /** The organisation the person who read or changed it works for. */
  actorOrganisation: string | null;
  action: string;
  resourceType: string;
}

/** "Download my data" (AVG art. 15 and 20): every domain's part under its section key. */
export interface PersonalDataExport {
  generatedAt: string;
  clientId: string;
  /** e.g. `account`, `dossier`, `messages`: each from that domain's PersonalDataSource. */
  sections: Record<string, Record<string, unknown>>;
  /** Who read or changed the client's data (NEN 7513 log), newest first. */
  accessLog: PersonalDataAccess[];
}
