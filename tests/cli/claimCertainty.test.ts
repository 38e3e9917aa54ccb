import { describe, expect, it } from 'vitest';
import { run } from './runCliHarness.js';

// The CLI shows participants and places the report does not state (issue 8).
describe('the CLI marks what the report does not state', () => {
  it('timeline: a "not stated" line under an event with inferred claims, none under a stated one', async () => {
    const r = await run(['timeline']);
    expect(r.code).toBe(0);
    const block = (id: string) => r.stdout.slice(r.stdout.indexOf(`  ${id}\n`)).split('\n\n')[0]!;
    expect(block('kh-missile-strikes-on-israel')).toMatch(/not stated: Kataib Hezbollah \(perpetrator, inferred\)/);
    // Whose outposts were hit (review D21) and where are both inferred; the line wraps, so join it first.
    const strikes = block('us-retaliatory-air-strikes').replace(/\s+/g, ' ');
    expect(strikes).toMatch(/not stated: Iran-backed militias in Iraq \(target, inferred\); Iran-backed militias in Iraq \(victim, inferred\); Iraq \(location, inferred\)/);
    // The three dead at Tower 22 being US troops is implied (second review D13).
    expect(block('tower-22-drone-attack')).toMatch(/not stated: US forces \(victim, inferred\)/);
    expect(block('us-strike-baghdad-2024-01')).not.toMatch(/not stated/);
  });

  it('events: the actor column marks an inferred main actor with * and explains the mark', async () => {
    // One type at a time, so the table is narrow enough to keep its actor column.
    const strikes = await run(['events', '--actor', 'kataib-hezbollah', '--type', 'missile-strike']);
    expect(strikes.code).toBe(0);
    expect(strikes.stdout.split('\n')[0]).toMatch(/ACTOR/);
    expect(strikes.stdout.split('\n').find((l) => l.includes('kh-missile-strikes-on-israel'))).toMatch(/ \*Kataib Hezbo/);
    expect(strikes.stdout).toMatch(/\n\* actor not stated in the report \(inferred\)/);
    const boast = await run(['events', '--actor', 'kataib-hezbollah', '--type', 'statement']);
    expect(boast.stdout.split('\n').find((l) => l.includes('kh-arsenal-boast-2024-01'))).toMatch(/ Kataib Hezbo/);
    expect(boast.stdout).not.toMatch(/not stated/);
  });
});
