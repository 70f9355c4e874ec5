/** Refiners run after assembly, in the order configuration.ts gives, and may edit the record. */
import type { Evidence, InspectionRecord } from "../schema/record.js";
import type { Message } from "../extractors/types.js";
import type { Doc } from "../segment/types.js";

export interface RefineContext {
  doc: Doc;
  evidence: Record<string, Evidence>;
  messages: Message[];
}

export type Refiner = (record: InspectionRecord, ctx: RefineContext) => void;
