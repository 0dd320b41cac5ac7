// Prints one plain closing line, "N passed, N failed", after the test runner's own report, so
// that any CI reading closing lines can count the tests.
function count(suite, acc) {
  for (const t of suite?.tests ?? []) {
    if (t.skipped) acc.skipped += 1;
    else if (t.passed) acc.passed += 1;
    else acc.failed += 1;
  }
  for (const s of suite?.suites ?? []) count(s, acc);
  return acc;
}

export function summaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const acc = { passed: 0, failed: 0, skipped: 0 };
      let broken = 0;
      for (const session of sessions) {
        count(session.testResults, acc);
        if (!session.passed && (session.errors?.length ?? 0) > 0) broken += 1;
      }
      // A test file that failed to load counts as a failure.
      const failed = acc.failed + broken;
      const skipped = acc.skipped ? `, ${acc.skipped} skipped` : '';
      setTimeout(() => console.log(`\n${acc.passed} passed, ${failed} failed${skipped}`), 0);
    },
  };
}
