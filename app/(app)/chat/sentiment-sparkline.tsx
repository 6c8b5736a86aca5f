const WIDTH = 120;
const HEIGHT = 28;

/** Signed sentiment per customer message (−1 negative … +1 positive) as a small SVG line; the midline is neutral. */
export function SentimentSparkline({ scores, label }: { scores: number[]; label: string }) {
  if (scores.length === 0) return null;
  const step = scores.length > 1 ? WIDTH / (scores.length - 1) : 0;
  const y = (score: number) => ((1 - score) / 2) * (HEIGHT - 4) + 2;
  const points = scores.map((score, i) => `${(i * step).toFixed(1)},${y(score).toFixed(1)}`).join(" ");
  const last = scores.at(-1)!;
  return (
    <svg width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} data-testid="sentiment-trend">
      <line x1={0} x2={WIDTH} y1={HEIGHT / 2} y2={HEIGHT / 2} className="stroke-slate-200" strokeDasharray="2 2" />
      <polyline points={points} fill="none" strokeWidth={2} className={last < 0 ? "stroke-red-500" : "stroke-emerald-500"} />
    </svg>
  );
}
