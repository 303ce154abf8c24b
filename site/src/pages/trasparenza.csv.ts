export { transparencyCsv as GET } from './_transparency-data.ts'
