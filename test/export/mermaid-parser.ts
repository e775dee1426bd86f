import { JSDOM } from 'jsdom';

/** What Mermaid's own parser made of a journey diagram. */
export interface ParsedJourney {
    title: string;
    sections: string[];
    tasks: Array<{ section: string; task: string; score: number; people: string[] }>;
}

type Mermaid = typeof import('mermaid').default;
let loaded: Promise<Mermaid> | undefined;

/**
 * The real `mermaid` package under Node: its sanitiser (DOMPurify) needs a
 * window, so a jsdom one is installed first, once.
 */
function mermaid(): Promise<Mermaid> {
    loaded ??= (async () => {
        const { window } = new JSDOM('<!doctype html><html><body></body></html>');
        Object.assign(globalThis, { window, document: window.document });
        const module = await import('mermaid');
        return module.default;
    })();
    return loaded;
}

/** Parses with `mermaid.parse` (throws on a syntax error) and reads the journey back from the diagram's database. */
export async function parseMermaidJourney(text: string): Promise<ParsedJourney> {
    const api = await mermaid();
    const result = await api.parse(text);
    if (!result || result.diagramType !== 'journey') {
        throw new Error(`not a journey diagram: ${JSON.stringify(result)}`);
    }
    const diagram = await api.mermaidAPI.getDiagramFromText(text);
    const db = diagram.db as unknown as {
        getDiagramTitle(): string;
        getSections(): string[];
        getTasks(): ParsedJourney['tasks'];
    };
    return {
        title: db.getDiagramTitle(),
        sections: [...db.getSections()],
        tasks: db.getTasks().map(({ section, task, score, people }) => ({ section, task, score, people: [...people] }))
    };
}
