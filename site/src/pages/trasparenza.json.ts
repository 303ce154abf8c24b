export { transparencyJson as GET } from './_transparency-data.ts'
