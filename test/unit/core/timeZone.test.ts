import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { createTimeZone } from '../../../src/core/timeZone';

/** The offset straight from Intl at one instant, with nothing cached: what the zone must agree with. */
function intlOffset(format: Intl.DateTimeFormat, epochMs: number): number {
  const parts = format.formatToParts(new Date(epochMs));
  const field = (type: string): number => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const bc = parts.find((p) => p.type === 'era')?.value.startsWith('B') ?? false;
  const d = new Date(0);
  d.setUTCFullYear(bc ? 1 - field('year') : field('year'), field('month') - 1, field('day'));
  d.setUTCHours(field('hour'), field('minute'), field('second'), 0);
  return (d.getTime() - Math.floor(epochMs / 1000) * 1000) / 60_000;
}

// Zones with daylight saving, half-hour shifts (Lord Howe), a month-long suspension (Casablanca in Ramadan),
// a zone that skipped a day (Apia, 2011) and one with no shift since 1988 (Seoul).
const zones = ['America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Africa/Casablanca', 'Pacific/Apia', 'Asia/Seoul', 'America/Sao_Paulo'];

for (const name of zones) {
  test(`cached offsets in ${name} equal Intl's at every probed instant, 1900–2040`, () => {
    const zone = createTimeZone(name).zone;
    const format = new Intl.DateTimeFormat('en-US', {
      timeZone: name, hourCycle: 'h23', era: 'short', year: 'numeric', month: 'numeric', day: 'numeric',
      hour: 'numeric', minute: 'numeric', second: 'numeric',
    });
    const from = Date.UTC(1900, 0, 1);
    const to = Date.UTC(2040, 0, 1);
    // Every 6 h 7 min 11 s: the probes drift through every time of day and land next to every transition.
    const step = (6 * 3600 + 7 * 60 + 11) * 1000;
    let mismatches = 0;
    let first = '';
    for (let t = from; t < to; t += step) {
      const expected = intlOffset(format, t);
      const actual = zone.offsetMinutesAt(t);
      if (Math.abs(expected - actual) > 1 / 60) {
        mismatches++;
        first ||= `${new Date(t).toISOString()}: ${actual} ≠ ${expected}`;
      }
    }
    assert.equal(mismatches, 0, first);
  });
}
