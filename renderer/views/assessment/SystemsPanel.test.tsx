/** @vitest-environment jsdom */
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';

import assessmentFile from '../../../fixtures/assessment/sample-tertiary.assessment.json';
import sampleFile from '../../../fixtures/sample-tertiary.xcplan.json';
import type { AssessmentSection } from '../../../shared/assessment';
import type { ProjectFile } from '../../../shared/model';
import { initI18n, setLang } from '../../i18n';
import { SystemsPanel } from './SystemsPanel';

const project = sampleFile as unknown as ProjectFile;
const sample = assessmentFile as AssessmentSection;

function Harness({ initial, saved }: { initial: AssessmentSection; saved: AssessmentSection[] }) {
  const [section, setSection] = useState(initial);
  return <SystemsPanel project={project} section={section} lang="zh" onChange={(next) => { saved.push(next); setSection(next); }} />;
}

describe('SystemsPanel', () => {
  beforeAll(() => initI18n('zh'));
  afterEach(() => {
    cleanup();
    setLang('zh');
  });

  it('lists the systems by tier, core first, each tier in pinyin order, and opens on the first core system', () => {
    render(<Harness initial={sample} saved={[]} />);
    const list = screen.getByRole('list', { name: '系统列表' });
    const groups = within(list).getAllByRole('list');
    const labels = groups.map((g) => g.getAttribute('aria-labelledby')).map((id) => document.getElementById(id!)!.textContent.replace(/\s*\d+$/, ''));
    expect(labels.slice(0, 4)).toEqual(['核心临床', '临床支持', '运营管理', '办公']);
    const core = within(groups[0]!).getAllByRole('button').map((b) => b.querySelector('.asm-name')!.textContent);
    expect(core).toEqual([...core].sort(new Intl.Collator('zh-CN', { numeric: true }).compare));
    const tiers = new Map(project.assets.map((a) => [a.name, a.tier]));
    expect(core.every((name) => tiers.get(name) === 'core')).toBe(true);
    expect(within(groups[0]!).getAllByRole('button')[0]!.getAttribute('aria-pressed')).toBe('true');
  });

  it('shows each system with its grade and recomputes the effort when an answer changes', async () => {
    const saved: AssessmentSection[] = [];
    render(<Harness initial={sample} saved={saved} />);
    const list = screen.getByRole('list', { name: '系统列表' });
    await userEvent.click(within(list).getByRole('button', { name: /LIS 实验室信息系统/ }));
    expect(screen.getByTestId('assessment-result').textContent).toContain('难度 2（较低）');
    expect(screen.getByTestId('assessment-effort').textContent).toContain('工作量 163 人天');
    const availability = screen.getByRole('group', { name: /^可用性要求 可用性要求/ });
    await userEvent.click(within(availability).getByLabelText(/门急诊 24 小时不可中断/));
    expect(screen.getByTestId('assessment-effort').textContent).toContain('工作量 212 人天');
    expect(saved.at(-1)!.systems!['APP-LIS']!.answers!['availability']).toBe('er-24h');
  });

  it('asks the database-code question only when a relational engine is chosen, and counts missing answers', async () => {
    const saved: AssessmentSection[] = [];
    render(<Harness initial={{}} saved={saved} />);
    await userEvent.click(within(screen.getByRole('list', { name: '系统列表' })).getByRole('button', { name: /HIS 医院信息系统/ }));
    expect(screen.queryByRole('group', { name: /数据库内业务代码/ })).toBeNull();
    expect(screen.getByTestId('assessment-result').textContent).toContain('答题完整度 0%');
    // Nothing answered: no grade or risk score that would read as an assessment.
    expect(screen.getByTestId('assessment-result').textContent).toContain('未评估');
    expect(screen.getByTestId('assessment-result').textContent).not.toMatch(/难度|风险分/);
    await userEvent.click(within(screen.getByRole('group', { name: /使用的数据库/ })).getByLabelText(/^Oracle/));
    expect(screen.getByTestId('assessment-result').textContent).toMatch(/难度 \d（.+）风险分 \d+\/100/);
    expect(screen.getByRole('group', { name: /数据库内业务代码/ })).toBeTruthy();
    await userEvent.click(within(screen.getByRole('group', { name: /数据库内业务代码/ })).getByLabelText(/大量/));
    expect(saved.at(-1)!.systems!['APP-HIS']!.answers).toEqual({ 'db-engine': 'oracle', 'db-code': 'heavy' });
  });
});
