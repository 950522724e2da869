// Places: countries, cities and provinces by gazetteer and by context.
export { findPlaces } from './find-places.js'
