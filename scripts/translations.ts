// Prints, as YAML ready to fill in, every English text that data/<dir>/ (cy, easy or easy-cy) does not translate
// yet: `npx tsx scripts/translations.ts cy [file-prefix]`. The English is given beside each entry as a comment.
import { join } from 'node:path';
import { loadTextRecords, sameInBothLanguages } from '../server/data/load.js';
import { projectRoot } from '../server/root.js';
import { readOverlay, translationStubs, untranslated } from '../server/data/translations.js';

const [dir = 'cy', prefix = ''] = process.argv.slice(2);
const root = join(projectRoot(), 'data');
const problems: string[] = [];
const english = loadTextRecords(root, problems);
const missing = untranslated(english, readOverlay(root, dir, english, problems), dir === 'cy' ? sameInBothLanguages(root) : undefined)
  .filter((m) => m.file.startsWith(prefix));
if (problems.length) console.error(problems.join('\n'));
console.log(translationStubs(dir, missing));
