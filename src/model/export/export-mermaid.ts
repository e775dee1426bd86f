import { clampEmotion, EMOTION_RANGE } from '../../language/vocabulary.js';
import { indexModel, referenceTitle, type ModelIndex } from '../view-model-index.js';
import type { JourneyMapModel, JourneyView, StageView, TouchpointView } from '../view-model.js';
import { escapeMermaid } from './mermaid-escape.js';

export interface MermaidOptions {
    /** Wrap each diagram in a ```mermaid block, as GitHub renders it in Markdown (default true). */
    fence?: boolean;
}

/**
 * Each journey of the model as a Mermaid `journey` diagram: the title, a section
 * per stage, a task per touchpoint scored emotion + 3 (1..5; see `taskEmotion`),
 * and as its actors the personas who pass the touchpoint (its own, its stage's or
 * its journey's); where no persona is named anywhere, its owner (inherited ones
 * included).
 */
export function modelAsMermaid(model: JourneyMapModel, options: MermaidOptions = {}): string {
    const context = indexModel(model);
    return model.journeys.map(journey => journeyAsMermaid(journey, context, options)).join('\n\n');
}

export function journeyAsMermaid(journey: JourneyView, context: ModelIndex, options: MermaidOptions = {}): string {
    const lines = ['journey', `    title ${escapeMermaid(journey.title, 'title') || escapeMermaid(journey.name, 'title')}`];
    for (const stage of journey.stages) {
        lines.push(`    section ${escapeMermaid(stage.title, 'section') || escapeMermaid(stage.name, 'section')}`);
        for (const touchpoint of stage.touchpoints) {
            lines.push(`        ${task(touchpoint, stage, context)}`);
        }
    }
    const diagram = lines.join('\n');
    return options.fence === false ? diagram : '```mermaid\n' + diagram + '\n```';
}

function task(touchpoint: TouchpointView, stage: StageView, context: ModelIndex): string {
    const name = escapeMermaid(touchpoint.title, 'task') || escapeMermaid(touchpoint.name, 'task');
    const people = touchpoint.passedBy.length > 0
        ? touchpoint.passedBy.map(persona => referenceTitle(persona, context.personas))
        : touchpoint.effectiveOwner ? [referenceTitle(touchpoint.effectiveOwner, context.owners)] : [];
    const actors = [...new Set(people.map(person => escapeMermaid(person, 'actor')).filter(actor => actor !== ''))];
    return `${name}: ${score(taskEmotion(touchpoint, stage))}${actors.length > 0 ? `: ${actors.join(', ')}` : ''}`;
}

/**
 * One score per task: the touchpoint's common emotion; else, when only personas'
 * own emotions are written there, their mean; else the stage's.
 */
export function taskEmotion(touchpoint: TouchpointView, stage: StageView): number | undefined {
    if (touchpoint.emotion !== undefined) {
        return touchpoint.emotion;
    }
    if (touchpoint.personaEmotions.length > 0) {
        return touchpoint.personaEmotions.reduce((sum, entry) => sum + entry.emotion, 0) / touchpoint.personaEmotions.length;
    }
    return stage.emotion;
}

/** Emotion -2..+2 as Mermaid's score 1..5 (out-of-range emotions are an error the user sees; the diagram clamps). */
export function score(emotion: number | undefined): number {
    return clampEmotion(emotion ?? 0) - EMOTION_RANGE.min + 1;
}
