/** Kept for the hook's callers: `writeRecord` takes the record's lock itself. */
export { writeRecord as writeRecordLocked } from '../records/write.js';
