/** The longest delay a timer takes: setTimeout fires at once for anything longer than 2³¹−1 ms. */
export const MAX_TIMER_MS = 2 ** 31 - 1;
