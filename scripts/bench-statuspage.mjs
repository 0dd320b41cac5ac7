// Benchmark of reading a Statuspage summary.json (src/service-status/statuspage-adapter.ts,
// `fromStatuspage`) in Node: generated pages from a small one to 11,000 components in 1,000
// groups (every seventh component degraded), the median of 7 reads after one warm-up. The
// adapter is bundled in memory with esbuild, so no build is needed.
//   node scripts/bench-statuspage.mjs        prints a markdown table
import { build } from 'esbuild';
import { percentile } from './bench-keystroke-latency.mjs';

const RUNS = 7;
/** [groups, components per group]: a small page, then larger than any public page we found. */
const SIZES = [
  [5, 4],
  [50, 20],
  [200, 25],
  [1000, 10],
];

/** A summary.json of `groups` groups with `perGroup` members each, in reverse position order. */
function summaryOf(groups, perGroup) {
  const components = [];
  for (let group = 0; group < groups; group++) {
    components.push({
      id: `g${group}`,
      name: `Group ${group}`,
      group: true,
      position: groups - group,
    });
    for (let member = 0; member < perGroup; member++) {
      components.push({
        id: `c${group}-${member}`,
        name: `Component ${member}`,
        group_id: `g${group}`,
        position: perGroup - member,
        status: member % 7 ? 'operational' : 'degraded_performance',
      });
    }
  }
  return { page: { updated_at: '2026-12-04T20:00:00Z' }, components, incidents: [] };
}

const bundle = await build({
  entryPoints: [new URL('../src/service-status/statuspage-adapter.ts', import.meta.url).pathname],
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
  logLevel: 'warning',
});
const { fromStatuspage } = await import(
  `data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`
);

console.log('| groups | components | median ms (7 reads) |');
console.log('| ---: | ---: | ---: |');
for (const [groups, perGroup] of SIZES) {
  const summary = summaryOf(groups, perGroup);
  fromStatuspage(summary);
  const times = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    fromStatuspage(summary);
    times.push(performance.now() - start);
  }
  const count = summary.components.length.toLocaleString('en');
  console.log(
    `| ${groups.toLocaleString('en')} | ${count} | ${percentile(times, 50).toFixed(2)} |`,
  );
}
