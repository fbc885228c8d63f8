// Regular expressions shared by stages that may not import each other (parse, extract,
// report), each linear-time (tests/redos checks them).

/**
 * The day an ISO 8601 string starts with: groups year, month, day ('2025-05-09',
 * '2025-05-09T10:00Z').
 *
 * @example
 * isoDatePattern.exec('2025-05-09T10:00Z')?.slice(1) //=> ['2025', '05', '09']
 */
export const isoDatePattern = /^(\d{4})-(\d{2})-(\d{2})/
