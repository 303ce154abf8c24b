export { transparencyJson as GET } from '../transparency/open-data.ts'
