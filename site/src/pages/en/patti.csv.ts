/** /en/patti.csv: the same export as /patti.csv (data and column names are not translated). */
export { GET } from '../patti.csv.ts'
