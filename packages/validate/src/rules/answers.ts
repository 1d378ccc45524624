/** How a message names each of a list of yes-or-no questions a record must answer, by field. */
export type Questions<T> = ReadonlyArray<readonly [keyof T & string, string]>;

/** How a message names each question the record leaves unanswered, in the list's order. */
export const unanswered = <T extends object>(answers: T, questions: Questions<T>): string[] => questions.filter(([field]) => answers[field] === undefined).map(([, about]) => about);
