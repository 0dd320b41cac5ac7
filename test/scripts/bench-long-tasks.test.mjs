// Long tasks after load (scripts/bench-long-tasks.mjs, issue 14 §3): how a Chromium trace
// becomes the listed tasks, their scripts (V8's samples, source-mapped) and the Total Blocking
// Time, on a small trace in Chromium's format (the tracing itself needs Chromium:
// `node scripts/bench-long-tasks.mjs`). Node's test runner.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  cpuSamplesOf,
  distSourceMapper,
  longTasksOf,
  scriptsIn,
  totalBlockingTime,
} from '../../scripts/bench-long-tasks.mjs';

const RENDERER = 7;
const MAIN = 70;
const PROFILER = 71;
const ORIGIN = 'http://127.0.0.1:8001';
/** Navigation at 1 s, load at 1.2 s (µs, the trace's clock). */
const NAVIGATION = 1_000_000;
const LOAD = 1_200_000;

const frame = (functionName, url = '', lineNumber = 0, columnNumber = 0) => ({
  functionName,
  url,
  lineNumber,
  columnNumber,
  scriptId: url ? 1 : 0,
});
const profileNodes = [
  { id: 1, callFrame: frame('(root)') },
  { id: 2, callFrame: frame('(program)'), parent: 1 },
  { id: 3, callFrame: frame('(idle)'), parent: 1 },
  { id: 4, callFrame: frame('render', `${ORIGIN}/dist/chunks/form-finder.js`, 0, 10), parent: 1 },
  // A native call made by render: counts for render's script.
  { id: 5, callFrame: frame('insertBefore'), parent: 4 },
  { id: 6, callFrame: frame('(garbage collector)'), parent: 1 },
  { id: 7, callFrame: frame('update', `${ORIGIN}/demo/page.js`, 3, 0), parent: 1 },
];

/**
 * A trace with two tasks after load: one of 120 ms wall / 90 ms CPU at 1.3 s (a script, its
 * native call, the browser's own work, garbage collection), one of 40 ms; and a 70 ms task
 * before navigation (another page's), which does not count. Samples every 10 ms.
 */
function sampleTrace() {
  const task = (ts, dur, tdur) => ({
    name: 'RunTask',
    ph: 'X',
    pid: RENDERER,
    tid: MAIN,
    ts,
    dur,
    tdur,
  });
  // One chunk of V8's sampling profile: its nodes, and a sample every 10 ms.
  const profileChunk = (nodes, samples) => ({
    name: 'ProfileChunk',
    ph: 'P',
    pid: RENDERER,
    tid: PROFILER,
    id: '0x1',
    args: {
      data: {
        cpuProfile: { nodes, samples },
        timeDeltas: samples.map(() => 10_000),
      },
    },
  });
  // 1.3 s → 1.42 s: 4 × render, 2 × insertBefore, 3 × (program), 2 × GC, 1 × idle (after the task).
  const sampledNodes = [4, 4, 5, 4, 5, 4, 2, 2, 2, 6, 6, 3];
  return {
    traceEvents: [
      {
        name: 'TracingStartedInBrowser',
        args: { data: { frames: [{ frame: 'F1', processId: RENDERER }] } },
      },
      { name: 'thread_name', ph: 'M', pid: RENDERER, tid: MAIN, args: { name: 'CrRendererMain' } },
      { name: 'navigationStart', pid: RENDERER, tid: MAIN, ts: NAVIGATION, args: { frame: 'F1' } },
      { name: 'MarkLoad', pid: RENDERER, tid: MAIN, ts: LOAD, args: { data: {} } },
      task(500_000, 70_000, 70_000),
      task(1_300_000, 120_000, 90_000),
      { name: 'Layout', ph: 'X', pid: RENDERER, tid: MAIN, ts: 1_360_000, dur: 30_000 },
      { name: 'FunctionCall', ph: 'X', pid: RENDERER, tid: MAIN, ts: 1_300_000, dur: 50_000 },
      task(1_500_000, 40_000, 40_000),
      {
        name: 'Profile',
        ph: 'P',
        pid: RENDERER,
        tid: MAIN,
        id: '0x1',
        args: { data: { startTime: 1_290_000 } },
      },
      profileChunk(profileNodes.slice(0, 4), sampledNodes.slice(0, 6)),
      profileChunk(profileNodes.slice(4), sampledNodes.slice(6)),
    ],
  };
}

describe('cpuSamplesOf', () => {
  it("gives each of the main thread's samples its time, weight and stack, across chunks", () => {
    const samples = cpuSamplesOf(sampleTrace().traceEvents, RENDERER, MAIN);
    assert.equal(samples.length, 12);
    assert.equal(samples[0].time, 1_300_000);
    assert.equal(samples[11].time, 1_410_000);
    assert.equal(samples[0].weight, 10_000);
    assert.equal(samples[11].weight, 0);
    assert.deepEqual(
      samples[2].stack.map((callFrame) => callFrame.functionName),
      ['insertBefore', 'render', '(root)'],
    );
  });

  it('is empty for a thread that was not profiled', () => {
    assert.deepEqual(cpuSamplesOf(sampleTrace().traceEvents, RENDERER, 99), []);
  });
});

describe('scriptsIn', () => {
  it("counts each sample for the innermost script on its stack, else the browser's own work", () => {
    const samples = cpuSamplesOf(sampleTrace().traceEvents, RENDERER, MAIN);
    assert.deepEqual(scriptsIn(samples, 1_300_000, 1_420_000), [
      { source: '/dist/chunks/form-finder.js', ms: 60, busiest: 'render' },
      { source: '(program)', ms: 30, busiest: undefined },
      { source: '(garbage collector)', ms: 20, busiest: undefined },
    ]);
  });

  it('leaves out samples outside the task and idle ones', () => {
    const samples = cpuSamplesOf(sampleTrace().traceEvents, RENDERER, MAIN);
    assert.deepEqual(scriptsIn(samples, 1_390_000, 1_500_000), [
      { source: '(garbage collector)', ms: 20, busiest: undefined },
    ]);
  });
});

describe('longTasksOf', () => {
  it('lists the tasks over 50 ms since navigation, with load, CPU time, work and scripts', () => {
    const tasks = longTasksOf(sampleTrace());
    assert.equal(tasks.length, 1);
    assert.deepEqual(tasks[0], {
      startMs: 300,
      durationMs: 120,
      cpuMs: 90,
      afterLoad: true,
      longest: ['FunctionCall 50 ms', 'Layout 30 ms'],
      scripts: [
        { source: '/dist/chunks/form-finder.js', ms: 60, busiest: 'render' },
        { source: '(program)', ms: 30, busiest: undefined },
        { source: '(garbage collector)', ms: 20, busiest: undefined },
      ],
    });
  });

  it('names the scripts with the mapper it is given', () => {
    const [task] = longTasksOf(sampleTrace(), {
      sourceOf: (callFrame) => ({ source: `mapped ${callFrame.url.length}`, name: 'named' }),
    });
    assert.equal(task.scripts[0].source, `mapped ${`${ORIGIN}/dist/chunks/form-finder.js`.length}`);
    assert.equal(task.scripts[0].busiest, 'named');
  });
});

describe('totalBlockingTime', () => {
  it("sums each task's time over 50 ms, by wall or CPU time", () => {
    const tasks = [
      { durationMs: 120, cpuMs: 90 },
      { durationMs: 51, cpuMs: 30 },
      { durationMs: 50, cpuMs: 50 },
    ];
    assert.equal(totalBlockingTime(tasks), 71);
    assert.equal(totalBlockingTime(tasks, 'cpuMs'), 40);
    assert.equal(totalBlockingTime([]), 0);
  });
});

describe('distSourceMapper', () => {
  let dist;
  before(() => {
    dist = mkdtempSync(join(tmpdir(), 'bench-long-tasks-'));
    mkdirSync(join(dist, 'chunks'));
    // Column 0 of line 1 is src/form-finder/form-finder.ts's `renderHit`, column 10 lit-html's.
    writeFileSync(
      join(dist, 'chunks', 'form-finder.js.map'),
      JSON.stringify({
        version: 3,
        sources: [
          '../../src/form-finder/form-finder.ts',
          '../../node_modules/lit-html/lit-html.js',
        ],
        names: ['renderHit'],
        mappings: 'AAAAA,UCAA',
      }),
    );
  });
  after(() => rmSync(dist, { recursive: true, force: true }));

  it("maps dist/'s frames to src/ and to the npm package", () => {
    const sourceOf = distSourceMapper(dist);
    const url = `${ORIGIN}/dist/chunks/form-finder.js`;
    assert.deepEqual(sourceOf(frame('n', url, 0, 0)), {
      source: 'src/form-finder/form-finder.ts',
      name: 'renderHit',
    });
    assert.deepEqual(sourceOf(frame('V', url, 0, 12)), { source: 'lit-html', name: 'V' });
  });

  it('names other scripts, and dist/ files without a map, by their path', () => {
    const sourceOf = distSourceMapper(dist);
    assert.deepEqual(sourceOf(frame('update', `${ORIGIN}/demo/page.js`)), {
      source: '/demo/page.js',
      name: 'update',
    });
    assert.deepEqual(sourceOf(frame('x', `${ORIGIN}/dist/civic-widgets.js`)), {
      source: '/dist/civic-widgets.js',
      name: 'x',
    });
  });

  it("names puppeteer's scripts (the bench's own waiting) as such", () => {
    const sourceOf = distSourceMapper(dist);
    const url =
      'pptr:evaluate;traceLongTasks%20(file%3A%2F%2F%2Fscripts%2Fbench-long-tasks.mjs%3A216%3A16)';
    assert.deepEqual(sourceOf(frame('settled', url)), {
      source: 'puppeteer (the bench itself)',
      name: 'settled',
    });
  });
});
