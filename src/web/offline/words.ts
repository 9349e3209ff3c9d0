/** What a person is told about a change kept on this device, wherever it was made. */
export const KEPT_WORDS = 'Saved on this device, will sync when you are back online.';
export const SYNCED_WORDS = 'Synced: everything you recorded offline is in your history now.';
