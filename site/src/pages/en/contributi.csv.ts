/** /en/contributi.csv: the same export as /contributi.csv (data and column names are not translated). */
export { GET } from '../contributi.csv.ts'
