/** Number words and the multipliers that follow them; our own tables. */

export const UNITS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};

export const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Words that multiply the number before them: "two dozen", "3.5 million". */
export const SCALES: Readonly<Record<string, number>> = {
  dozen: 12, hundred: 100, thousand: 1_000, million: 1_000_000, billion: 1_000_000_000, trillion: 1_000_000_000_000,
};

/**
 * Plural number words that give only a lower bound: "hundreds of protesters" is at least two
 * hundred. We record that bound with the qualifier `at-least`, never a guess in the middle.
 */
export const VAGUE: Readonly<Record<string, number>> = {
  dozens: 24, scores: 40, hundreds: 200, thousands: 2_000, millions: 2_000_000, billions: 2_000_000_000,
};
