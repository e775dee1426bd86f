/** A `next` link on a touchpoint card that resolves: `data-next` names the card it leads to. */
export const NEXT_LINK = '.jm-next[role="link"]';

/** How long a card jumped to stays marked. */
export const FLASH_MS = 1600;

/** The drawn elements of the map by model id, to mark the one under the editor's cursor. */
export class Highlighter {
    /** Read from the map when first needed after a draw: a draw with nothing highlighted reads nothing. */
    private index: Map<string, Element[]> | undefined;
    private current: string | null = null;
    private flashTimer: ReturnType<typeof setTimeout> | undefined;

    /**
     * `prepare(id)` puts the map's elements of that id in the page if some of
     * them wait outside it (see virtual-columns.ts); true when it put any in.
     */
    constructor(private readonly root: () => Element | undefined, private readonly prepare: (id: string) => boolean = () => false) {}

    get highlighted(): string | null {
        return this.current;
    }

    /** A new map was drawn: its ids are read again when asked for, and the highlighted element is marked again. */
    indexDrawn(): void {
        this.index = undefined;
        if (this.current !== null) {
            this.highlight(this.current, false);
        }
    }

    /** Elements were put in the page: the ids are read again when next asked for. */
    forget(): void {
        this.index = undefined;
    }

    /** The drawn elements of an id, all of them in the page. */
    private elementsOf(id: string): Element[] {
        if (this.prepare(id)) {
            this.index = undefined;
        }
        return this.byId.get(id) ?? [];
    }

    private get byId(): Map<string, Element[]> {
        if (!this.index) {
            this.index = new Map();
            for (const element of Array.from(this.root()?.querySelectorAll('[data-id]') ?? [])) {
                const id = element.getAttribute('data-id')!;
                const list = this.index.get(id);
                if (list) {
                    list.push(element);
                } else {
                    this.index.set(id, [element]);
                }
            }
        }
        return this.index;
    }

    highlight(id: string | null, reveal: boolean): void {
        for (const element of Array.from(this.root()?.querySelectorAll('.jm-highlight') ?? [])) {
            element.classList.remove('jm-highlight');
        }
        this.current = id;
        const elements = id ? this.elementsOf(id) : [];
        for (const element of elements) {
            element.classList.add('jm-highlight');
        }
        if (reveal && elements.length > 0) {
            primary(elements).scrollIntoView({ block: 'nearest', inline: 'nearest' });
        }
    }

    /**
     * Jumps to an element (the target of a `next` link): scrolls it to the
     * middle of the view, focuses it and marks it for a moment. False when it
     * is not on the map (a persona lens may hide it).
     */
    jumpTo(id: string): boolean {
        const elements = this.elementsOf(id);
        if (elements.length === 0) {
            return false;
        }
        const target = primary(elements);
        target.scrollIntoView({ block: 'center', inline: 'center' });
        (target as Element & { focus?(options?: FocusOptions): void }).focus?.({ preventScroll: true });
        this.unflash();
        target.classList.add('jm-flash');
        this.flashTimer = setTimeout(() => this.unflash(), FLASH_MS);
        return true;
    }

    private unflash(): void {
        clearTimeout(this.flashTimer);
        this.flashTimer = undefined;
        for (const element of Array.from(this.root()?.querySelectorAll('.jm-flash') ?? [])) {
            element.classList.remove('jm-flash');
        }
    }
}

/** The element a person reaches for an id: its card or box (a button), else its first mark. */
function primary(elements: Element[]): Element {
    return elements.find(e => e.getAttribute('role') === 'button') ?? elements[0];
}
