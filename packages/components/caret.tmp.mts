import { caretAfterChange } from './src/shared/caret-after-change.ts';
const P = 'Vi lærer af hinandens arbejde';
const [old, next] = JSON.parse(process.argv[2]!).map((s: string) => s.replace('Vi…', P));
const caret = old.indexOf('|');
const o = old.replace('|', '');
const at = caretAfterChange(o, next, caret);
console.log(JSON.stringify(next.slice(0, at) + '|' + next.slice(at)));
