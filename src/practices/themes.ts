/** The themes a good practice is filed under, in the order the listing shows them; labels are UI strings (`practices.themes.<theme>`). */
export const THEMES = ["housing", "education", "employment", "health", "participation", "culture-and-remembrance"] as const;

export type Theme = (typeof THEMES)[number];
