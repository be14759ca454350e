/**
 * Homework answers the trainings specs hand in (plain data, no test-helper imports, so it may live
 * beside production code). The course and the people around it: testing/trainings-world.ts.
 */
export const DIARY = {
  situation: 'Mijn buurvrouw vroeg of ik haar hond uitliet terwijl ik zelf ziek was.',
  thoughts: 'Ik dacht: als ik nee zeg, vindt ze me niet meer aardig.',
  feelings: 'Ik voelde me onrustig en een beetje boos op mezelf.',
  actions: 'Ik zei toch ja en liep met de hond in de regen.',
  wish: 'Ik had willen zeggen dat ik ziek ben en dat het vandaag niet kan.',
};

/** Module 1's diary: a moment this week where the client did something else than they wanted. */
export const MODULE_1_ANSWERS = {
  situation: 'Mijn baas vroeg of ik wilde overwerken. Ik wilde naar mijn zoon.',
  thoughts: 'Ik dacht: als ik nee zeg, vindt hij me lui.',
  feelings: 'Ik voelde me gespannen en later boos op mezelf.',
  actions: 'Ik zei meteen ja en baalde de hele avond.',
  wish: 'Ik had willen zeggen dat ik vandaag om vijf uur weg moet.',
};
