// What the command line loads to parse: one chunk for parse and its error class.
export { InputError } from './input/decode.js'
export { parse } from './parse.js'
