import type { ReaderWords } from '../language/reader-words.js';
import { modelPersonas, personaKey } from '../model/persona-lens.js';
import type { JourneyMapModel } from '../model/view-model.js';

/** A persona the lens can show: its key (as the renderer takes it) and its title. */
export interface LensChoice {
    key: string;
    title: string;
}

const ALL = '';

/** The personas of a model, in the map's order, each with its title (the name as written when it names no definition). */
export function lensChoices(model: JourneyMapModel): LensChoice[] {
    return modelPersonas(model).map(reference => ({
        key: personaKey(reference),
        title: model.personas.find(persona => persona.id === reference.targetId)?.title ?? reference.name
    }));
}

/**
 * The persona lens in the toolbar: "All personas", or one persona. Shown only
 * while the document has personas; the choice is the app's to keep and save.
 */
export class LensControl {
    private readonly select: HTMLSelectElement;
    private choices: LensChoice[] = [];

    constructor(readonly element: HTMLElement, private readonly words: ReaderWords, onChange: (persona: string | undefined) => void) {
        this.select = element.querySelector('select')!;
        element.querySelector('.lens-label')!.textContent = words.phrase('personaLens');
        this.select.setAttribute('aria-label', words.phrase('personaLensLabel'));
        this.select.addEventListener('change', () => onChange(this.select.value === ALL ? undefined : this.select.value));
        element.hidden = true;
    }

    /**
     * Offers the personas of the drawn model, with `selected` chosen; answers
     * the lens in effect: `selected` while the model still has that persona, else all.
     */
    show(choices: LensChoice[], selected: string | undefined): string | undefined {
        const lens = selected !== undefined && choices.some(choice => choice.key === selected) ? selected : undefined;
        if (!sameChoices(choices, this.choices)) {
            this.choices = choices;
            const document = this.select.ownerDocument;
            const option = (value: string, text: string) => {
                const element = document.createElement('option');
                element.value = value;
                element.textContent = text;
                return element;
            };
            this.select.replaceChildren(option(ALL, this.words.phrase('allPersonas')), ...choices.map(choice => option(choice.key, choice.title)));
        }
        // At every draw: the select is set only when the choice changed (setting it looks through its options).
        if (this.select.value !== (lens ?? ALL)) {
            this.select.value = lens ?? ALL;
        }
        if (this.element.hidden !== (choices.length === 0)) {
            this.element.hidden = choices.length === 0;
        }
        return lens;
    }
}

function sameChoices(a: LensChoice[], b: LensChoice[]): boolean {
    return a.length === b.length && a.every((choice, i) => choice.key === b[i].key && choice.title === b[i].title);
}
