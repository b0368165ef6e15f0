/** POST /api/cooperate: an organisation's proposal of a partnership (src/form/cooperation.ts, run by src/form/handler.ts). */
import type { Config } from "@netlify/functions";
import { COOPERATION } from "../form/cooperation.ts";
import { formHandler } from "../form/handler.ts";

// Netlify reads this statically: literals only (a test checks them against the form's action). The same limit as /api/participate.
export const config: Config = {
  path: "/api/cooperate",
  rateLimit: { windowLimit: 5, windowSize: 60, aggregateBy: ["ip"] },
};

export default formHandler(COOPERATION);
