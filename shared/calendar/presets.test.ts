import { describe, expect, it } from 'vitest';

import type { FreezeWindow } from '../model';
import { inWindow } from '../planner/calendar';
import { hospitalEventWindow, NATIONAL_PRESETS, presetWindows } from './presets';

/** The windows that stop a change of this kind on a day, by the planner's own test of a day against a window. */
const freezesOn = (date: string, windows: readonly FreezeWindow[], core: boolean): FreezeWindow[] => windows.filter((w) => (core || w.scope === 'all') && inWindow(date.slice(5), w));

describe('hospital calendar presets', () => {
  it('ships 春节, 两会, 护网, 国庆 and 医保年终结算 with their scopes', () => {
    const windows = presetWindows();
    expect(windows.map((w) => w.name)).toEqual(['春节', '两会', '护网', '国庆', '医保年终结算']);
    expect(windows.find((w) => w.name === '护网')).toEqual({ name: '护网', from: '07-15', to: '08-31', scope: 'core' });
    expect(windows.find((w) => w.name === '春节')!.scope).toBe('all');
    for (const preset of NATIONAL_PRESETS) expect(preset.label.en.length).toBeGreaterThan(0);
  });

  it('stops a core cut-over in 护网 and December but lets an office change through', () => {
    const windows = presetWindows();
    expect(freezesOn('2028-08-05', windows, true).map((w) => w.name)).toEqual(['护网']);
    expect(freezesOn('2028-08-05', windows, false)).toEqual([]);
    expect(freezesOn('2028-12-15', windows, true).map((w) => w.name)).toEqual(['医保年终结算']);
    expect(freezesOn('2028-10-01', windows, false).map((w) => w.name)).toEqual(['国庆']);
    expect(freezesOn('2028-11-10', windows, true)).toEqual([]);
  });

  it('handles a window across the year end', () => {
    const windows = [{ name: '跨年', from: '12-20', to: '01-05', scope: 'all' as const }];
    expect(freezesOn('2028-12-31', windows, false)).toHaveLength(1);
    expect(freezesOn('2029-01-03', windows, false)).toHaveLength(1);
    expect(freezesOn('2029-01-06', windows, false)).toHaveLength(0);
  });

  it("turns the hospital's own review dates into windows before the visit", () => {
    expect(hospitalEventWindow('emr-rating', '2028-06-20')).toEqual({ name: '电子病历分级评价（2028）', from: '03-28', to: '06-27', scope: 'core' });
    expect(hospitalEventWindow('grade-review', '2029-11-15', 4)).toEqual({ name: '等级评审（2029）', from: '10-18', to: '11-22', scope: 'all' });
    expect(() => hospitalEventWindow('interop-test', '2028-13-01')).toThrow(/not a date/);
    expect(() => presetWindows(['nope'])).toThrow(/unknown calendar preset/);
  });
});
