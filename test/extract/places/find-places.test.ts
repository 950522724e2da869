import { describe, expect, it } from 'vitest'
import { placesOf } from '../../entity-helpers.js'

describe('places by their usual short name', () => {
  it.each([
    [
      'The heads of the Republic of Kazakhstan and the Russian Federation met.',
      ['Kazakhstan', 'Russia'],
    ],
    ['The Kyrgyz Republic hosted the exercise.', ['Kyrgyzstan']],
    ['They met in Wuhan City, Hubei Province.', ['Wuhan', 'Hubei']],
    ['They met in Wuhan city, Hubei province.', ['Wuhan', 'Hubei']],
    [
      'The Republic of the Sudan and the Federal Democratic Republic of Ethiopia agreed.',
      ['Sudan', 'Ethiopia'],
    ],
    ['Fighting continued in El Fasher, North Darfur State.', ['El Fasher', 'North Darfur']],
    ['The Ministers thanked the Philippines and Timor-Leste.', ['Philippines', 'Timor-Leste']],
  ])('%s', (text, expected) => {
    expect(placesOf(text)).toEqual(expected)
  })
})

describe('places inside names and as owners', () => {
  it.each([
    ['The China-Pakistan Study Center opened.', ['China', 'Pakistan']],
    ['We thank Tajikistan’s Association for Friendship.', ['Tajikistan']],
    ['The Institute of Strategic Studies Islamabad took part.', ['Islamabad']],
    ['The Friendship and Cooperation Centre in Tajikistan took part.', ['Tajikistan']],
  ])('%s', (text, expected) => {
    expect(placesOf(text)).toEqual(expected)
  })
})

describe('what is not a place', () => {
  it.each([
    ['Chinese, Kyrgyz and Afghan experts and the Kazakh capital.', []],
    ['The Shanghai Cooperation Organization carries forward the Shanghai Spirit.', []],
    ['The Basel Committee on Banking Supervision reported.', []],
    ['Peace in Central Asia, Eurasia and the Horn of Africa.', []],
    ['A code of conduct in the South China Sea.', []],
  ])('%s', (text, expected) => {
    expect(placesOf(text)).toEqual(expected)
  })
})

describe('places the gazetteer does not list', () => {
  it.each([
    ['At least 60 civilians were killed in the town of Nasir.', ['Nasir']],
    [
      'They will invest in the new capital city, Nusantara, in East Kalimantan.',
      ['Nusantara', 'East Kalimantan'],
    ],
    ['Clashes displaced people in the Ruweng state.', ['Ruweng']],
    ['Uganda sent troops to the Juba-based force.', ['Uganda', 'Juba']],
    ['The humanitarian catastrophe in the Gaza Strip and in Gaza City.', ['Gaza', 'Gaza City']],
    ['The forum was held in Qaraghandy on Monday.', ['Qaraghandy']],
    ['The plant in Zhaksy Province reopened.', ['Zhaksy']],
    ['They visited the city of Kentau.', ['Kentau']],
  ])('%s', (text, expected) => {
    expect(placesOf(text)).toEqual(expected)
  })
})

describe('upper-case datelines', () => {
  it.each([
    ["XI'AN, May 16 (Xinhua) -- The parties met.", ["Xi'an"]],
    ['NEW YORK, 3 October (Secretariat) — The Assembly met.', ['New York']],
    ['KENTAU, May 16 (Xinhua) -- The parties met.', ['Kentau']],
  ])('%s', (text, expected) => {
    expect(placesOf(text)).toEqual(expected)
  })
})
