/** POST /api/participate: an authority's application to join the Alliance (src/form/participation.ts, run by src/form/handler.ts). */
import type { Config } from "@netlify/functions";
import { formHandler } from "../form/handler.ts";
import { PARTICIPATION } from "../form/participation.ts";

// Netlify reads this statically: literals only (a test checks them against the form's action). scripts/serve.ts applies the same rate limit locally.
export const config: Config = {
  path: "/api/participate",
  // 5 requests a minute from each client address, counted across every domain of the site (deploy
  // permalinks and branch URLs included), so more deploys never mean more attempts.
  rateLimit: { windowLimit: 5, windowSize: 60, aggregateBy: ["ip"] },
};

export default formHandler(PARTICIPATION);
