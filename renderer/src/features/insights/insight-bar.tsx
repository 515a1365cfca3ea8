/**
 * A plain CSS bar for a share of the largest value. Decorative: the number it stands for is always
 * written next to it, so screen readers read the figure, not the drawing.
 */
interface InsightBarProps {
  value: number;
  max: number;
  tone?: 'accent' | 'success' | 'warning' | 'danger' | 'muted';
}

export function InsightBar({ value, max, tone = 'accent' }: InsightBarProps) {
  const share = max > 0 ? Math.min(1, Math.max(0, value / max)) : 0;
  return (
    <span className={`insight-bar insight-bar-${tone}`} aria-hidden="true">
      <span className="insight-bar-fill" style={{ width: `${(share * 100).toFixed(1)}%` }} />
    </span>
  );
}

interface Segment {
  key: string;
  value: number;
  tone: NonNullable<InsightBarProps['tone']>;
}

/** One bar split into parts (on time / late / overdue), each as wide as its share of the total. */
export function StackedBar({ segments }: { segments: Segment[] }) {
  const total = segments.reduce((sum, s) => sum + s.value, 0);
  return (
    <span className="insight-stack" aria-hidden="true">
      {total > 0
        ? segments
            .filter((s) => s.value > 0)
            .map((s) => (
              <span
                key={s.key}
                className={`insight-stack-part insight-bar-${s.tone}`}
                style={{ width: `${((s.value / total) * 100).toFixed(1)}%` }}
              />
            ))
        : null}
    </span>
  );
}
