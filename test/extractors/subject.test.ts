import { describe, expect, it } from "vitest";
import { valueOf } from "../helpers.js";

const cases: [string, string, string | null][] = [
  ["provider", "Leeds rated Good\n\nHM Inspectorate of Probation inspected Leeds PDU in May and rated it 'Good'.", "provider-inspection"],
  ["youth", "Youth service praised\n\nInspectors rated Barnet Youth Justice Service 'Outstanding'.", "provider-inspection"],
  ["annual", "Probation annual report 2024\n\nHM Inspectorate of Probation has published its annual report on probation services.", "annual-report"],
  [
    "thematic",
    "Thematic inspection of accommodation\n\nHM Inspectorate of Probation today published a thematic inspection of accommodation for people on probation.",
    "thematic",
  ],
  [
    "joint",
    "Joint inspection finds gaps\n\nA joint inspection by HM Inspectorate of Probation and HM Inspectorate of Constabulary across England and Wales found gaps in domestic abuse work.",
    "thematic",
  ],
  [
    "joint inspection of one place's youth offending work",
    "Youth justice in Pellow: caring staff\n\nThe chief inspector published the report of a joint inspection of youth offending work in Pellow Vale in March. Staff in Pellow Vale Youth Offending Team (YOT) know the children well, said HM Inspectorate of Probation.",
    "provider-inspection",
  ],
  [
    "joint inspection of a named YOT",
    "Children kept safer in Tarnby\n\nHM Inspectorate of Probation today published its full joint inspection of Tarnby Youth Offending Team, carried out with other inspectorates in the spring.",
    "provider-inspection",
  ],
  [
    "joint inspection of youth offending work in several areas (near miss)",
    "Youth work reviewed\n\nHM Inspectorate of Probation today published a joint inspection of youth offending work in Pellow Vale and Tarnby, looking at work with girls.",
    "thematic",
  ],
  [
    "joint inspection of youth justice services in England (near miss)",
    "Youth work reviewed\n\nHM Inspectorate of Probation led a joint inspection of youth justice services in England, looking at how children are kept safe.",
    "thematic",
  ],
  ["not inspection", "Council opens centre\n\nThe council has opened a new centre for young people in Leeds.", "other"],
  [
    "prisons",
    "Prison found unsafe\n\nHM Inspectorate of Prisons found high levels of violence at HMP Northwood during an unannounced inspection.",
    "other",
  ],
];

describe("subject", () => {
  for (const [label, text, want] of cases) {
    it(label, () => expect(valueOf("subject", "subject", text)).toBe(want));
  }
});
