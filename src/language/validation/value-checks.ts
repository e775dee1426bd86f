import { GrammarUtils, type ValidationAcceptor } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import { DiagnosticCode } from '../diagnostic-codes.js';
import type { EmotionProperty, Quantity } from '../generated/ast.js';
import { emotionValue, quantityValue } from '../semantics.js';
import { clampEmotion, EMOTION_RANGE, EMOTION_WORDS, signed } from '../vocabulary.js';
import { report } from './report.js';

export function emotionMustBeInRange(emotion: EmotionProperty, accept: ValidationAcceptor): void {
    const value = emotionValue(emotion);
    const { min, max } = EMOTION_RANGE;
    if (value !== undefined && (value < min || value > max)) {
        report(accept, 'error', DiagnosticCode.EmotionOutOfRange,
            `Emotion ${value} is out of range: use an integer from ${signed(min)} (${EMOTION_WORDS[min]}) to ${signed(max)} (${EMOTION_WORDS[max]}).`,
            { node: emotion, range: signedValueRange(emotion) }, { value, clamped: clampEmotion(value) });
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

/** The sign and the number of `emotion -5 for P`: what the clamp fix replaces. */
function signedValueRange(emotion: EmotionProperty): Range | undefined {
    const value = GrammarUtils.findNodeForProperty(emotion.$cstNode, 'value');
    const sign = GrammarUtils.findNodeForProperty(emotion.$cstNode, 'sign');
    return value ? { start: (sign ?? value).range.start, end: value.range.end } : undefined;
}
