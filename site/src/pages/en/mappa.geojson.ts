/** /en/mappa.geojson: the same data as /mappa.geojson (records and field names are not translated). */
export { GET } from '../mappa.geojson.ts'
