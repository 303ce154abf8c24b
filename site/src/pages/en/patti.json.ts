/** /en/patti.json: the same export as /patti.json (data and field names are not translated). */
export { GET } from '../patti.json.ts'
