/** "Play the plan": a slider over the waves and a play button that turns the estate domestic wave by wave. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

import { Button, formatShare } from '../../components';

export type PlayBarProps = {
  wave: number;
  last: number;
  /** End date of each wave by index (index 0 unused). */
  waveEnds: Record<number, string>;
  coverage: number;
  playing: boolean;
  onWave: (wave: number) => void;
  onPlaying: (playing: boolean) => void;
  /** Milliseconds per wave while playing. */
  stepMs?: number;
};

export function PlayBar({ wave, last, waveEnds, coverage, playing, onWave, onPlaying, stepMs = 900 }: PlayBarProps) {
  const { t } = useTranslation('graph');
  useEffect(() => {
    if (!playing) return;
    const timer = setTimeout(() => {
      if (wave >= last) onPlaying(false);
      else onWave(wave + 1);
    }, stepMs);
    return () => clearTimeout(timer);
  }, [playing, wave, last, onWave, onPlaying, stepMs]);
  const label = wave === 0 ? t('play.today') : t('play.wave', { index: wave, date: waveEnds[wave] });
  return (
    <div className="graph-play" role="group" aria-label={t('play.label')}>
      <Button
        variant="primary"
        disabled={last === 0}
        onClick={() => {
          if (!playing && wave >= last) onWave(0);
          onPlaying(!playing);
        }}
        data-testid="play-button"
      >
        {playing ? t('play.pause') : t('play.play')}
      </Button>
      <input
        type="range"
        min={0}
        max={last}
        step={1}
        value={wave}
        aria-label={t('play.label')}
        aria-valuetext={label}
        data-testid="play-slider"
        onChange={(e) => {
          onPlaying(false);
          onWave(Number(e.target.value));
        }}
      />
      <span className="graph-play-label" data-testid="play-label">
        {label}
      </span>
      <span className="graph-play-coverage" data-testid="play-coverage">
        {t('play.coverage', { value: formatShare(coverage) })}
      </span>
    </div>
  );
}
