/**
 * Completion snippets (LSP snippet syntax) for each definition and element, and
 * the two "new journey" templates. Keyed by the keyword that starts them. A
 * placeholder for a reference is a choice of the names the workspace defines, so
 * that the snippet never leaves a name behind that does not exist.
 */
import { TEMPLATES, type TemplateLanguage, type TemplateModel } from './journey-templates.js';

const CHANNELS = 'web,app,email,sms,social,search,ads,chat,phone,store,print,tv,event,referral,partner,other';

/** What a snippet's placeholders can offer: the owners to choose from, most likely first. */
export interface SnippetContext {
    owners: readonly string[];
}

export interface Snippet {
    /** The keyword the snippet starts with, and the grammar rule that keyword begins. */
    keyword: string;
    rule: string;
    label: string;
    detail: string;
    body(context: SnippetContext): string;
}

/** `${n|A,B|}` with the workspace's owners, or `${n:Owner}` when it has none yet. */
export function ownerPlaceholder(index: number, owners: readonly string[]): string {
    if (owners.length === 0) {
        return `\${${index}:Owner}`;
    }
    return `\${${index}|${owners.map(escapeChoice).join(',')}|}`;
}

function escapeChoice(value: string): string {
    return value.replace(/[\\,|$}]/g, match => `\\${match}`);
}

export const SNIPPETS: Snippet[] = [
    {
        keyword: 'journey', rule: 'Journey', label: 'journey', detail: 'New journey with one stage',
        body: ({ owners }) => [
            'journey ${1:Name} "${2:Title}" {',
            `    owner ${ownerPlaceholder(3, owners)}`,
            '',
            '    stage ${4:Stage} "${5:Title}" {',
            '        touchpoint ${6:Touchpoint} "${7:Title}" {',
            `            channel \${8|${CHANNELS}|}`,
            '        }',
            '    }',
            '}'
        ].join('\n')
    },
    {
        keyword: 'stage', rule: 'Stage', label: 'stage', detail: 'New stage with one touchpoint',
        body: () => [
            'stage ${1:Name} "${2:Title}" {',
            '    touchpoint ${3:Touchpoint} "${4:Title}" {',
            `        channel \${5|${CHANNELS}|}`,
            '    }',
            '}'
        ].join('\n')
    },
    {
        keyword: 'touchpoint', rule: 'Touchpoint', label: 'touchpoint', detail: 'New touchpoint',
        body: () => ['touchpoint ${1:Name} "${2:Title}" {', `    channel \${3|${CHANNELS}|}`, '    $0', '}'].join('\n')
    },
    {
        keyword: 'kpi', rule: 'Kpi', label: 'kpi', detail: 'New KPI with owner, target and current value',
        body: ({ owners }) => [
            'kpi ${1:Name} "${2:Title}" {',
            `    owner ${ownerPlaceholder(3, owners)}`,
            '    target >= ${4:0}',
            '    current ${5:0}',
            '}'
        ].join('\n')
    },
    {
        keyword: 'owner', rule: 'Owner', label: 'owner', detail: 'New owner with a contact',
        body: () => ['owner ${1:Name} "${2:Title}" {', '    contact "${3:team@example.com}"', '}'].join('\n')
    },
    {
        keyword: 'persona', rule: 'Persona', label: 'persona', detail: 'New persona',
        body: () => ['persona ${1:Name} "${2:Title}" {', '    goal "${3:What they want to achieve}"', '    need "${4:What they need from us}"', '}'].join('\n')
    }
];

function templateBody(model: TemplateModel, owners: readonly string[]): string {
    const lines = ['journey ${1:Name} "${2:Title}" {', `    owner ${ownerPlaceholder(3, owners)}`];
    for (const stage of model.stages) {
        const [name, title, channel] = stage.touchpoint;
        lines.push(
            '',
            `    stage ${stage.name} "${stage.title}" {`,
            `        touchpoint ${name} "${title}" {`,
            `            channel ${channel}`,
            '        }',
            '    }'
        );
    }
    lines.push('}');
    return lines.join('\n');
}

/** The five-phase and twelve-step templates in `language`. */
export function journeyTemplates(language: TemplateLanguage): Snippet[] {
    const { fivePhases, twelveSteps } = TEMPLATES[language];
    return [fivePhases, twelveSteps].map(model => ({
        keyword: 'journey', rule: 'Journey', label: `journey (${model.label})`, detail: model.detail,
        body: ({ owners }: SnippetContext) => templateBody(model, owners)
    }));
}

/** The English template stages by model, for tests and documentation. */
export const TEMPLATE_STAGES = { fivePhases: TEMPLATES.en.fivePhases.stages, twelveSteps: TEMPLATES.en.twelveSteps.stages };
