export { transparencyCsv as GET } from '../transparency/open-data.ts'
