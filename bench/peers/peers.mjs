// Runs the peer extractors over the corpus documents that have gold annotations and writes their predictions
// in Entente's shapes (dates: text, span, value | start/end; figures: text, span, kind, value, unit), with timings.
// Usage: node peers.mjs <gold-dir> <corpus-dir> <out.json> [iterations]
import fs from 'node:fs';
import path from 'node:path';
import * as chrono from 'chrono-node';
import nlp from 'compromise';
import datesPlugin from 'compromise-dates';

nlp.plugin(datesPlugin);

const [goldDir, corpusDir, outFile, iterationsArg] = process.argv.slice(2);
const iterations = Number(iterationsArg ?? 20);
const versions = JSON.parse(fs.readFileSync(new URL('./package-lock.json', import.meta.url))).packages;
const version = (name) => versions[`node_modules/${name}`]?.version ?? '?';

const docs = fs.readdirSync(goldDir).filter((f) => f.endsWith('.gold.json')).sort().map((f) => {
  const gold = JSON.parse(fs.readFileSync(path.join(goldDir, f), 'utf8'));
  const text = fs.readFileSync(path.join(corpusDir, `${gold.document}.txt`), 'utf8');
  return { stem: gold.document, date: gold.documentDate, text };
});
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0);

const iso = (d) => `${d.getUTCFullYear().toString().padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
const localIso = (d) => `${d.getFullYear().toString().padStart(4, '0')}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const lastDay = (y, m) => new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
const referenceDate = (doc) => (doc.date ? new Date(`${doc.date}T12:00:00`) : new Date());

// The span without trailing punctuation and spaces, which compromise keeps on its matches.
function trimmed(text, start, length) {
  let end = start + length;
  while (end > start && /[\s.,;:!?)”"]/.test(text[end - 1])) end--;
  return { text: text.slice(start, end), span: [start, end] };
}

function chronoDates(doc) {
  return chrono.parse(doc.text, referenceDate(doc)).map((r) => {
    const s = r.start;
    const first = { text: r.text, span: [r.index, r.index + r.text.length] };
    const startDate = s.date();
    const monthStart = (c) => localIso(new Date(c.get('year'), c.get('month') - 1, 1));
    const monthEnd = (c) => `${c.get('year')}-${String(c.get('month')).padStart(2, '0')}-${String(lastDay(c.get('year'), c.get('month') - 1)).padStart(2, '0')}`;
    if (r.end) {
      const e = r.end;
      return { ...first, start: s.isCertain('day') ? localIso(startDate) : monthStart(s), end: e.isCertain('day') ? localIso(e.date()) : monthEnd(e) };
    }
    if (s.isCertain('day')) return { ...first, value: localIso(startDate) };
    if (s.isCertain('month')) return { ...first, start: monthStart(s), end: monthEnd(s) };
    return { ...first, start: `${s.get('year')}-01-01`, end: `${s.get('year')}-12-31` };
  });
}

function compromiseDates(doc) {
  const today = doc.date ?? localIso(new Date());
  return nlp(doc.text).dates({ today }).json({ offset: true }).filter((m) => m.dates?.start).map((m) => {
    const t = trimmed(doc.text, m.offset.start, m.offset.length);
    const start = m.dates.start.slice(0, 10);
    const end = (m.dates.end ?? m.dates.start).slice(0, 10);
    return start === end ? { ...t, value: start } : { ...t, start, end };
  });
}

function currencyOf(text) {
  if (/US\$|\$|dollar/i.test(text)) return 'USD';
  if (/€|euro/i.test(text)) return 'EUR';
  if (/₽|rub|roubl/i.test(text)) return 'RUB';
  if (/₼|manat|AZN/i.test(text)) return 'AZN';
  if (/£|pound/i.test(text)) return 'GBP';
  return 'USD';
}

function compromiseFigures(doc) {
  const d = nlp(doc.text);
  const overlaps = (a, b) => a.start < b.start + b.length && b.start < a.start + a.length;
  const money = d.money().json({ offset: true }).map((m) => m.offset);
  const out = [];
  const terms = d.json({ offset: true, terms: { offset: true } }).flatMap((s) => s.terms);
  for (const m of d.numbers().json({ offset: true, terms: { offset: true } })) {
    const o = m.offset;
    const t = trimmed(doc.text, o.start, o.length);
    const num = m.number?.num;
    if (typeof num !== 'number' || !Number.isFinite(num) || /\d(st|nd|rd|th)$/i.test(t.text)) continue;
    if (money.some((x) => overlaps(x, o))) {
      out.push({ ...t, kind: 'money', value: num, unit: currencyOf(t.text), qualifier: 'exact' });
    } else if (m.number.unit === 'percent' || /%|percent|per cent/.test(doc.text.slice(o.start, o.start + o.length + 10))) {
      out.push({ ...t, kind: 'percent', value: num, unit: 'percent', qualifier: 'exact' });
    } else {
      // A count needs the thing counted: the term after the number must be a noun to compromise.
      const next = terms.find((x) => x.offset.start >= o.start + o.length);
      if (next && next.tags.includes('Noun') && !next.tags.includes('Date')) {
        out.push({ ...t, kind: 'count', value: num, unit: next.normal ?? next.text, qualifier: 'exact' });
      }
    }
  }
  return out;
}

function run(name, fields, extract) {
  const documents = {};
  for (const doc of docs) documents[doc.stem] = extract(doc);
  // Warm up (three seconds of passes), as the .NET side does, so both are timed with their JIT settled.
  const warmUpUntil = Date.now() + 3000;
  while (Date.now() < warmUpUntil) for (const doc of docs) extract(doc);
  // CPU time (user + system), not wall time: the machine is shared, and throughput per core is what is compared.
  const started = process.cpuUsage();
  for (let i = 0; i < iterations; i++) for (const doc of docs) extract(doc);
  const used = process.cpuUsage(started);
  const seconds = (used.user + used.system) / 1e6;
  return { peer: name, fields, bytes: bytes * iterations, seconds, documents };
}

const peers = [
  run(`chrono-node ${version('chrono-node')}`, ['dates'], (doc) => ({ dates: chronoDates(doc), figures: [] })),
  run(`compromise ${version('compromise')}`, ['figures'], (doc) => ({ dates: [], figures: compromiseFigures(doc) })),
  run(`compromise-dates ${version('compromise-dates')}`, ['dates'], (doc) => ({ dates: compromiseDates(doc), figures: [] })),
];
fs.writeFileSync(outFile, JSON.stringify(peers, null, 1));
console.error(`peers: ${peers.map((p) => `${p.peer} ${(p.bytes / p.seconds / 1048576).toFixed(2)} MB/s`).join('; ')}`);
