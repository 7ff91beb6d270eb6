/**
 * Draws a ChartSpec (definitions.ts) with @ant-design/plots. Imported lazily (React.lazy) by the report
 * and dashboard screens, so the charting library is its own chunk, never in the entry bundle.
 */
import { Bar, Column, Line, Pie } from '@ant-design/plots';
import type { ChartSpec } from './definitions.ts';

const moneyShort = (v: number) => {
  const abs = Math.abs(v);
  if (abs >= 1e8) return `${(v / 1e8).toFixed(1)}亿`;
  if (abs >= 1e4) return `${(v / 1e4).toFixed(1)}万`;
  return new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(v);
};
const exact = (money: boolean | undefined) => (v: unknown) =>
  `${money ? '¥' : ''}${new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(Number(v))}`;

export default function ReportChart({ spec, height = 300 }: { spec: ChartSpec; height?: number }) {
  const common = { data: spec.data, height, autoFit: true, animate: false as const };
  if (spec.kind === 'pie') {
    return (
      <Pie
        {...common}
        angleField={spec.angleField}
        colorField={spec.colorField}
        innerRadius={0.6}
        label={{ text: (d: Record<string, unknown>) => String(d[spec.colorField]), position: 'outside', style: { fontSize: 11 } }}
        legend={{ color: { position: 'right', rowPadding: 4 } }}
        tooltip={{ items: [{ field: spec.angleField, valueFormatter: exact(spec.money) }] }}
      />
    );
  }
  if (spec.kind === 'bar') {
    return (
      <Bar
        {...common}
        xField={spec.xField}
        yField={spec.yField}
        axis={{ y: { labelFormatter: moneyShort }, x: { labelAutoEllipsis: true } }}
        tooltip={{ items: [{ field: spec.yField, valueFormatter: exact(spec.money) }] }}
        style={{ maxWidth: 24 }}
      />
    );
  }
  const Chart = spec.kind === 'line' ? Line : Column;
  return (
    <Chart
      {...common}
      xField={spec.xField}
      yField={spec.yField}
      colorField={spec.colorField}
      {...(spec.kind === 'column' ? { group: true, style: { maxWidth: 32 } } : { point: { sizeField: 2 } })}
      axis={{ y: { labelFormatter: moneyShort } }}
      tooltip={{ items: [{ channel: 'y', valueFormatter: exact(spec.money) }] }}
    />
  );
}
