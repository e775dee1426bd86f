import type { JourneyMapModel, JourneyView, StageView, TouchpointView, ViewReference } from './view-model.js';

/**
 * Personas as the map tells them apart: by the definition a reference resolves
 * to, or by the name written when it resolves to none.
 */
export function personaKey(reference: ViewReference): string {
    return reference.targetId ?? reference.name;
}

/** Whether a persona passes a touchpoint. Where nobody is named (on it, its stage or its journey), everyone does. */
export function passes(touchpoint: TouchpointView, persona: string): boolean {
    return touchpoint.passedBy.length === 0 || touchpoint.passedBy.some(reference => personaKey(reference) === persona);
}

/** Whether the journey says anything per persona (an `emotion … for`): then the map draws a curve per persona. */
export function hasPersonaEmotions(journey: JourneyView): boolean {
    return journey.stages.some(stage => stage.personaEmotions.length > 0 || stage.touchpoints.some(t => t.personaEmotions.length > 0));
}

/**
 * The journey's personas in a stable order, each once: those it lists, then
 * any other named on its stages and touchpoints, in writing order. A persona
 * keeps its place (and so its colour and mark) under a lens.
 */
export function journeyPersonas(journey: JourneyView): ViewReference[] {
    const seen = new Map<string, ViewReference>();
    const add = (reference: ViewReference) => {
        if (!seen.has(personaKey(reference))) {
            seen.set(personaKey(reference), reference);
        }
    };
    journey.personas.forEach(add);
    for (const stage of journey.stages) {
        stage.personas.forEach(add);
        stage.personaEmotions.forEach(entry => add(entry.persona));
        for (const touchpoint of stage.touchpoints) {
            touchpoint.personas.forEach(add);
            touchpoint.personaEmotions.forEach(entry => add(entry.persona));
        }
    }
    return [...seen.values()];
}

/** Every persona any journey of the model names, each once, in the order of `journeyPersonas`. */
export function modelPersonas(model: JourneyMapModel): ViewReference[] {
    const seen = new Map<string, ViewReference>();
    for (const journey of model.journeys) {
        for (const reference of journeyPersonas(journey)) {
            if (!seen.has(personaKey(reference))) {
                seen.set(personaKey(reference), reference);
            }
        }
    }
    return [...seen.values()];
}

export interface PersonaEmotion {
    value: number;
    /** Whether the persona's own `emotion … for` at this touchpoint (else the touchpoint's, the stage's for the persona, or the stage's). */
    own: boolean;
}

/**
 * What a persona feels at a touchpoint: its own emotion there, else the
 * touchpoint's common one, else its own on the stage, else the stage's.
 */
export function personaEmotionAt(stage: StageView, touchpoint: TouchpointView, persona: string): PersonaEmotion | undefined {
    const own = touchpoint.personaEmotions.find(entry => personaKey(entry.persona) === persona);
    if (own) {
        return { value: own.emotion, own: true };
    }
    const value = touchpoint.emotion
        ?? stage.personaEmotions.find(entry => personaKey(entry.persona) === persona)?.emotion
        ?? stage.emotion;
    return value === undefined ? undefined : { value, own: false };
}

/**
 * The journey as one persona lives it: only the touchpoints that persona
 * passes (stages stay, so the journey keeps its shape).
 */
export function lensJourney(journey: JourneyView, persona: string): JourneyView {
    return {
        ...journey,
        stages: journey.stages.map(stage => ({ ...stage, touchpoints: stage.touchpoints.filter(touchpoint => passes(touchpoint, persona)) }))
    };
}
