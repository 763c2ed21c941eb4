// Backup and restore of the embedded insights store, with the service stopped:
//   npx tsx scripts/store.ts dump backup.tar.gz        (the folder in STORE, default .store/)
//   npx tsx scripts/store.ts load backup.tar.gz DIR    (into a new, empty folder; then start with STORE=DIR)
import { join } from 'node:path';
import { dumpPglite, loadPglite } from '../server/store/backup.js';
import { projectRoot } from '../server/root.js';

const [command, file, target] = process.argv.slice(2);
const store = process.env.STORE ?? join(projectRoot(), '.store');
if (command === 'dump' && file) {
  const bytes = await dumpPglite(store, file);
  console.log(`Wrote ${file} (${Math.round(bytes / 1024)} kB) from ${store}.`);
} else if (command === 'load' && file && target) {
  await loadPglite(file, target);
  console.log(`Restored ${file} into ${target}. Start the service with STORE=${target}.`);
} else {
  console.error('Usage: npx tsx scripts/store.ts dump FILE | load FILE NEW-FOLDER');
  process.exit(2);
}
