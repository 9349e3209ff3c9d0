/** Timestamps are UTC ISO-8601 strings on both dialects. */
export type SafetyScreeningTable = {
  id: string;
  created_at: string;
  status: 'plan' | 'seek-care';
  urgency: 'emergency' | 'urgent' | 'soon' | null;
  /** JSON array of the red-flag ids answered "yes". */
  red_flags: string;
};

export type Database = {
  safety_screening: SafetyScreeningTable;
};
