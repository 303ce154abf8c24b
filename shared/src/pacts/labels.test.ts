import { describe, expect, it } from 'vitest'
import { labelStrings, selectOptions } from '../platform/labels.ts'
import { ORGANIZATION_KINDS, PACT_KINDS, PACT_STATUSES, PUBLIC_PACT_STATUSES, RESOURCE_KINDS } from './pact.ts'
import { organizationKindLabels, pactKindLabels, pactStatusLabels, publicPactStatusLabels, resourceKindLabels } from './labels.ts'
import { PROJECT_DOMAINS, PROJECT_STATUSES } from '../projects/project.ts'
import { projectDomainLabels, projectStatusLabels } from '../projects/labels.ts'

describe('the labels of the stored values', () => {
  it.each([
    ['organisation kinds', ORGANIZATION_KINDS, organizationKindLabels],
    ['pact kinds', PACT_KINDS, pactKindLabels],
    ['pact statuses', PACT_STATUSES, pactStatusLabels],
    ['public pact statuses', PUBLIC_PACT_STATUSES, publicPactStatusLabels],
    ['resource kinds', RESOURCE_KINDS, resourceKindLabels],
    ['project domains', PROJECT_DOMAINS, projectDomainLabels],
    ['project statuses', PROJECT_STATUSES, projectStatusLabels],
  ] as const)('name every one of the %s, in order, in Italian and English', (_, values, labels) => {
    expect(Object.keys(labels)).toEqual([...values])
    for (const label of Object.values(labels)) expect(label.it && label.en).toBeTruthy()
  })

  it('give the admin its select options and the site its strings', () => {
    expect(selectOptions(pactKindLabels)[0]).toEqual({ value: 'collaboration-pact', label: { it: 'Patto di collaborazione', en: 'Pact of collaboration' } })
    expect(labelStrings('pactStatus', publicPactStatusLabels, 'en')['pactStatus.expired']).toBe('Expired')
    expect(labelStrings('resource', resourceKindLabels, 'it')['resource.hours']).toBe('Ore di lavoro')
  })
})
