import { eventsImport } from '../../events/import.ts'
import { grantsImport } from '../../grants/import.ts'
import { laboratoriesImport } from '../../laboratories/import.ts'
import { neighbourhoodsImport } from '../../neighbourhoods/import.ts'
import { pactsImport } from '../../pacts/import.ts'
import { resultsImport } from '../../results/import.ts'
import { settingsImport } from '../settings/identity.ts'
import type { ImportPart } from './import-records.ts'

/**
 * The domains' parts of an import, in the order they are written: what a record names is written before it
 * (neighbourhoods, then labs and events in them; organizations and pacts with their projects; then results
 * and grants, whose awards name organizations and projects); the settings block (the city's identity) first. A new domain adds its part here. A function, so
 * that the parts, which import the importer, are read only once every module is loaded.
 */
export const importParts = (): readonly ImportPart[] => [settingsImport, neighbourhoodsImport, laboratoriesImport, eventsImport, pactsImport, resultsImport, grantsImport]
