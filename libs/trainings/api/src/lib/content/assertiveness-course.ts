import type { CourseDefinition } from './course-definition';
import { MODULE_1, MODULE_2 } from './assertiveness/modules-1-2';
import { MODULE_3, MODULE_4 } from './assertiveness/modules-3-4';
import { MODULE_5, MODULE_6 } from './assertiveness/modules-5-6';
import { MODULE_7, MODULE_8 } from './assertiveness/modules-7-8';

/**
 * "Assertiviteit: voor jezelf opkomen": eight modules in plain Dutch (B1), each with reading, a
 * captioned video scenario, a short self-test and homework. Feedback moments after modules 1, 3,
 * 5 and 8, where the trainer's answer matters most (the start, saying no, criticism, the end).
 */
export const ASSERTIVENESS_COURSE: CourseDefinition = {
  title: 'Assertiviteit: voor jezelf opkomen',
  summary:
    'In 8 korte modules leer je voor jezelf op te komen. Je leest een kort stuk, kijkt een filmpje, doet een kleine test en maakt huiswerk. Je trainer leest je huiswerk en schrijft je terug. Je werkt in je eigen tempo.',
  goalExamples: [
    'Grenzen aangeven',
    'Opkomen voor mijn eigen belangen',
    'Standvastig blijven zonder schuldgevoel',
    'Nee zeggen als ik nee bedoel',
    'Om hulp vragen als ik het nodig heb',
    'Rustig blijven als iemand kritiek op me heeft',
    'Zeggen wat ik vind op mijn werk',
  ],
  modules: [MODULE_1, MODULE_2, MODULE_3, MODULE_4, MODULE_5, MODULE_6, MODULE_7, MODULE_8],
};
