/** The drawn elements of the map by model id, to mark the one under the editor's cursor. */
export class Highlighter {
    private byId = new Map<string, Element[]>();
    private current: string | null = null;

    constructor(private readonly root: () => Element | undefined) {}

    get highlighted(): string | null {
        return this.current;
    }

    /** Reads the ids of a newly drawn map, and marks the highlighted element again. */
    indexDrawn(): void {
        this.byId = new Map();
        for (const element of Array.from(this.root()?.querySelectorAll('[data-id]') ?? [])) {
            const id = element.getAttribute('data-id')!;
            const list = this.byId.get(id);
            if (list) {
                list.push(element);
            } else {
                this.byId.set(id, [element]);
            }
        }
        this.highlight(this.current, false);
    }

    highlight(id: string | null, reveal: boolean): void {
        for (const element of Array.from(this.root()?.querySelectorAll('.jm-highlight') ?? [])) {
            element.classList.remove('jm-highlight');
        }
        this.current = id;
        const elements = id ? this.byId.get(id) ?? [] : [];
        for (const element of elements) {
            element.classList.add('jm-highlight');
        }
        if (reveal && elements.length > 0) {
            const primary = elements.find(e => e.getAttribute('role') === 'button') ?? elements[0];
            primary.scrollIntoView({ block: 'nearest', inline: 'nearest' });
        }
    }
}
