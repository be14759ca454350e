/** Extension requests of the conversation limit, counted per team (requested in the period, by Dutch day). */
export interface ExtensionReportRow {
  /** Null for requests of a worker and case without a team. */
  teamId: string | null;
  teamName: string | null;
  requested: number;
  approved: number;
  refused: number;
  /** Still waiting for the team lead. */
  pending: number;
  /** Conversations added by the approved requests. */
  extraApproved: number;
}

export interface ExtensionReport {
  from: string;
  to: string;
  teamId: string | null;
  teams: ExtensionReportRow[];
  total: Omit<ExtensionReportRow, 'teamId' | 'teamName'>;
}

export interface ExtensionQuery {
  from: string;
  to: string;
  teamId?: string;
  format?: 'json' | 'csv';
  dialect?: 'rfc4180' | 'excel-nl';
}
