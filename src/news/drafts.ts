/** `npm run dev` sets this variable to "show"; the flag only counts while Eleventy serves or watches. */
export const DRAFTS_VARIABLE = "ALLIANCE_DRAFTS";

/**
 * Whether `draft: true` items are built: in the editors' preview only. A build (`npm run build`,
 * Netlify) never includes them, whatever the environment says.
 */
export function showDrafts(env: NodeJS.ProcessEnv = process.env): boolean {
  return env[DRAFTS_VARIABLE] === "show" && env.ELEVENTY_RUN_MODE !== undefined && env.ELEVENTY_RUN_MODE !== "build";
}
