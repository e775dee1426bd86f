import type { Comparator, KpiStatus, KpiView, QuantityView } from '../model/view-model.js';

/** Words a map shows and a screen reader reads, in one place. */

export const EMOTION_WORDS: Record<string, string> = {
    '-2': 'very negative', '-1': 'negative', '0': 'neutral', '1': 'positive', '2': 'very positive'
};

export function clampEmotion(value: number): number {
    return Math.max(-2, Math.min(2, Math.round(value)));
}

export function emotionText(value: number): string {
    const clamped = clampEmotion(value);
    const signed = value > 0 ? `+${value}` : String(value);
    return `${signed} (${EMOTION_WORDS[String(clamped)]})`;
}

export const STATUS_WORDS: Record<KpiStatus, string> = {
    'on-track': 'on track',
    'off-track': 'off track',
    unknown: 'no data'
};

const COMPARATOR_SIGNS: Record<Comparator, string> = { '>=': '≥', '<=': '≤', '>': '>', '<': '<', '=': '=' };

export function targetText(kpi: KpiView): string | undefined {
    return kpi.target ? `${COMPARATOR_SIGNS[kpi.target.comparator] ?? kpi.target.comparator} ${kpi.target.text}` : undefined;
}

export function quantityText(quantity: QuantityView | undefined): string | undefined {
    return quantity?.text;
}

/** "target ≥ 3% · current 2.1%", as much of it as is known. */
export function kpiFigures(kpi: KpiView): string {
    const parts = [];
    const target = targetText(kpi);
    parts.push(target ? `target ${target}` : 'no target');
    parts.push(kpi.current ? `current ${kpi.current.text}` : 'no current value');
    return parts.join(' · ');
}

export function plural(count: number, noun: string): string {
    if (count === 1) {
        return `1 ${noun}`;
    }
    return `${count} ${noun.endsWith('y') ? `${noun.slice(0, -1)}ies` : `${noun}s`}`;
}
