import { readFileSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';
const file = process.argv[2], want = process.argv[3];
const code = readFileSync(file, 'utf8');
const map = new SourceMapConsumer(JSON.parse(readFileSync(file + '.map', 'utf8')));
const lines = code.split('\n'); const segs = [];
map.eachMapping((m) => segs.push(m));
segs.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
let out = '';
for (let i = 0; i < segs.length; i++) {
  const s = segs[i], n = segs[i + 1];
  const line = lines[s.generatedLine - 1];
  const end = n && n.generatedLine === s.generatedLine ? n.generatedColumn : line.length;
  if ((s.source || '').endsWith(want)) out += line.slice(s.generatedColumn, end);
}
console.log(out);
