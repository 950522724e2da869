import { describe, expect, it } from 'vitest'
import packageJson from '../../package.json' with { type: 'json' }
import { jobIdOf, queueKeys } from '../../src/queue/queue-keys.js'

describe('jobIdOf', () => {
  const bytes = new TextEncoder().encode('The Council met in Kampala.')

  it('is the SHA-256 of the bytes and parse options, then the library version', () => {
    expect(jobIdOf(bytes, {})).toMatch(new RegExp(`^[0-9a-f]{64}-v${packageJson.version}$`))
    expect(jobIdOf(bytes, {})).toBe(jobIdOf(new Uint8Array(bytes), {}))
  })

  it('differs when a byte or a parse option differs', () => {
    const other = new TextEncoder().encode('The Council met in Kampala!')
    expect(jobIdOf(other, {})).not.toBe(jobIdOf(bytes, {}))
    expect(jobIdOf(bytes, { format: 'markdown' })).not.toBe(jobIdOf(bytes, {}))
  })

  it('has no colon (BullMQ refuses custom ids with one)', () => {
    expect(jobIdOf(bytes, { format: 'text' })).not.toContain(':')
  })
})

describe('queueKeys', () => {
  it('keeps each queue apart', () => {
    expect(queueKeys('a').results).not.toBe(queueKeys('b').results)
    expect(Object.values(queueKeys('a'))).toEqual([
      'communique:a:paths',
      'communique:a:results',
      'communique:a:errors',
    ])
  })
})
