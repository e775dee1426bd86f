import type { ValidationAcceptor } from 'langium';
import { DiagnosticCode } from '../diagnostic-codes.js';
import type { Emotion, Quantity } from '../generated/ast.js';
import { EMOTION_MAX, EMOTION_MIN, emotionValue, quantityValue } from '../semantics.js';
import { report } from './report.js';

export function emotionMustBeInRange(emotion: Emotion, accept: ValidationAcceptor): void {
    const value = emotionValue(emotion);
    if (value !== undefined && (value < EMOTION_MIN || value > EMOTION_MAX)) {
        report(accept, 'error', DiagnosticCode.EmotionOutOfRange,
            `Emotion ${value} is out of range: use an integer from ${EMOTION_MIN} (very negative) to +${EMOTION_MAX} (very positive).`,
            { node: emotion }, { value, clamped: Math.max(EMOTION_MIN, Math.min(EMOTION_MAX, value)) });
    }
}

export function percentMustBeInRange(quantity: Quantity, accept: ValidationAcceptor): void {
    const value = quantityValue(quantity);
    if (quantity.percent && value !== undefined && (value < 0 || value > 100)) {
        report(accept, 'error', DiagnosticCode.PercentOutOfRange,
            `${value}% is out of range: a percentage must be between 0% and 100%.`,
            { node: quantity }, { value });
    }
}
