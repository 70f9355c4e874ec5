/** inspect-extract as a library: `extract(input, options)` -> { record, messages }. */
export { extract, extractDecoded, InvalidRecordError } from "./extract.js";
export type { ExtractOptions, ExtractResult } from "./extract.js";
export { recordSchema, recordJsonSchema, emptyRecord } from "./schema/record.js";
export type { InspectionRecord, Rating, Provider, Quote, Figure } from "./schema/record.js";
export type { Message } from "./extractors/types.js";
export { InputError } from "./input/errors.js";
