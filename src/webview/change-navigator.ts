/** A change marked on the compare view's map (see src/extension/review/change-marks.ts): a focusable element. */
export const CHANGE_MARK = '.jm-el.jm-change[data-change]';

/** How long a change stepped to stays marked (as a card jumped to in the preview). */
const FLASH_MS = 1600;

/**
 * "Next change" / "previous change" in the compare view: steps through the
 * changed elements in the map's order (lane by lane, left to right), wrapping
 * at either end, one stop per element however many marks it has (a card and
 * its emotion point); scrolls its card or box to the middle of the view,
 * focuses it and marks all its marks for a moment.
 */
export class ChangeNavigator {
    private index = -1;
    private flashTimer: ReturnType<typeof setTimeout> | undefined;

    constructor(private readonly root: Element, private readonly onMove: (index: number, count: number) => void) {}

    get count(): number {
        return this.changes().length;
    }

    next(): void {
        this.go(1);
    }

    previous(): void {
        this.go(-1);
    }

    /** The changed elements' marks by element id, in the order the map draws them. */
    private changes(): Element[][] {
        const byId = new Map<string, Element[]>();
        for (const mark of Array.from(this.root.querySelectorAll(CHANGE_MARK))) {
            const id = mark.getAttribute('data-id') ?? '';
            byId.set(id, [...byId.get(id) ?? [], mark]);
        }
        return [...byId.values()];
    }

    private go(step: 1 | -1): void {
        const changes = this.changes();
        if (changes.length === 0) {
            return;
        }
        // From the change in focus if there is one (a person may have tabbed to it), else from the last one stepped to.
        const focused = this.root.ownerDocument.activeElement;
        const inFocus = changes.findIndex(marks => marks.includes(focused as Element));
        const from = inFocus >= 0 ? inFocus : this.index;
        this.index = from < 0 ? (step === 1 ? 0 : changes.length - 1) : (from + step + changes.length) % changes.length;
        const marks = changes[this.index];
        const target = marks.find(mark => mark.getAttribute('tabindex') === '0') ?? marks[0];
        target.scrollIntoView({ block: 'center', inline: 'center' });
        (target as Element & { focus?(options?: FocusOptions): void }).focus?.({ preventScroll: true });
        clearTimeout(this.flashTimer);
        for (const element of Array.from(this.root.querySelectorAll('.jm-flash'))) {
            element.classList.remove('jm-flash');
        }
        marks.forEach(mark => mark.classList.add('jm-flash'));
        this.flashTimer = setTimeout(() => marks.forEach(mark => mark.classList.remove('jm-flash')), FLASH_MS);
        this.onMove(this.index, changes.length);
    }
}

/** The compare view's own keys: `n` or `]` next change, `p` or `[` previous; none with a modifier. */
export function changeStepForKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): 1 | -1 | undefined {
    if (event.ctrlKey || event.metaKey || event.altKey) {
        return undefined;
    }
    return event.key === 'n' || event.key === ']' ? 1 : event.key === 'p' || event.key === '[' ? -1 : undefined;
}
