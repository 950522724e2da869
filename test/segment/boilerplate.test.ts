import { describe, expect, it } from 'vitest'
import { boilerplateReason } from '../../src/segment/boilerplate.js'
import { furnitureShape } from '../../src/segment/furniture.js'

describe('boilerplateReason', () => {
  it.each([
    ['Share:', 'share'],
    ['Share this article', 'share'],
    ['Print | Email | Facebook | Twitter', 'share'],
    ['Home > News > Statements', 'navigation'],
    ['Related news', 'navigation'],
    ['Related: Ministers agree climate target after marathon talks', 'navigation'],
    ['Read more:', 'navigation'],
    ['Back to top', 'navigation'],
    [
      'We use cookies to improve your experience. By continuing you accept our privacy policy.',
      'cookie',
    ],
    ['Contact Us Tel: 86-10-85253310Fax: 86-10-85253090Email: scomuweihui@126.com', 'contact'],
    ['Media enquiries: press@example.org', 'contact'],
    ['Tel: +251 11 551 7700', 'contact'],
    ['Copyright © The Secretariat. All rights reserved.', 'copyright'],
    ['© 2024 African Union Commission', 'copyright'],
    ['京ICP备2023001960号-1', 'licence'],
    ['Updated: 2021-06-03', 'publication'],
    ['Published: 12.02.2025', 'publication'],
    ['Editor: Liu Yang', 'publication'],
    ['Photo by Jane Doe / Reuters', 'credit'],
  ])('labels %j as %s', (text, reason) => {
    // Breadcrumbs are furniture by their shape (segments), read after the word rules.
    expect(boilerplateReason(text) ?? furnitureShape(text)).toBe(reason)
  })

  it.each([
    'The Parties shall protect copyright and related rights in the digital environment.',
    'The Council shall share information with the Commission on a regular basis.',
    'Member States agreed to print and distribute the guidelines in all official languages.',
    'The next meeting will be held in Astana.',
    'Home-grown solutions to African problems remain a priority of the Union.',
    'Related issues will be discussed at the next session of the Council.',
  ])('keeps body text %j', (text) => {
    expect(boilerplateReason(text)).toBeUndefined()
  })
})
