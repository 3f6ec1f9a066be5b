import { readFileSync, readdirSync } from 'node:fs';
import { readImportFile, importAssetTable, convertAssetTable } from './shared/io';
import { classifyAsset } from './shared/classify';
const dir = process.argv[2] ?? './fixtures/real-shaped/';
for (const f of readdirSync(dir).filter((n) => !n.endsWith('.ts') && !n.endsWith('.json'))) {
  const t = await readImportFile(new Uint8Array(readFileSync(dir + f)), f);
  if (!t.ok) { console.log('READFAIL', f, JSON.stringify(t.issues.map(i=>i.message.zh))); continue; }
  const c = convertAssetTable(t.value, f, { inferCategory: (a) => classifyAsset(a).category });
  console.log('==', f, t.value.kind, 'profile', t.value.profile?.id, 'sheets', t.value.sheets.map(s=>s.name+'@'+s.headerRow), 'assets', c.assets.length, 'errors', c.errors, 'rejects', c.rejects.length);
  for (const i of [...t.issues, ...c.issues]) console.log('  ', i.severity, i.code, i.row ?? '', i.field ?? '', i.value ?? '', i.message.zh.slice(0, 110));
  const a = c.assets[0]; if (a) console.log('   first:', JSON.stringify(a));
}
