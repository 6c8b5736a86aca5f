/** Billable characters: Unicode code points, so one Chinese character counts once. */
export const countCharacters = (texts: readonly string[]) => texts.reduce((sum, text) => sum + [...text].length, 0);
