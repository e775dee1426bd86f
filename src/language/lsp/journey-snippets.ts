/**
 * Completion snippets (LSP snippet syntax) for each definition and element, and
 * the two "new journey" templates. Keyed by the keyword that starts them.
 */

const CHANNELS = 'web,app,email,sms,social,search,ads,chat,phone,store,print,tv,event,referral,partner,other';

export interface Snippet {
    /** The keyword the snippet starts with, and the grammar rule that keyword begins. */
    keyword: string;
    rule: string;
    label: string;
    detail: string;
    body: string;
}

export const SNIPPETS: Snippet[] = [
    {
        keyword: 'journey', rule: 'Journey', label: 'journey', detail: 'New journey with one stage',
        body: [
            'journey ${1:Name} "${2:Title}" {',
            '    owner ${3:Owner}',
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
        body: [
            'stage ${1:Name} "${2:Title}" {',
            '    touchpoint ${3:Touchpoint} "${4:Title}" {',
            `        channel \${5|${CHANNELS}|}`,
            '    }',
            '}'
        ].join('\n')
    },
    {
        keyword: 'touchpoint', rule: 'Touchpoint', label: 'touchpoint', detail: 'New touchpoint',
        body: ['touchpoint ${1:Name} "${2:Title}" {', `    channel \${3|${CHANNELS}|}`, '    $0', '}'].join('\n')
    },
    {
        keyword: 'kpi', rule: 'Kpi', label: 'kpi', detail: 'New KPI with owner, target and current value',
        body: ['kpi ${1:Name} "${2:Title}" {', '    owner ${3:Owner}', '    target >= ${4:0}', '    current ${5:0}', '}'].join('\n')
    },
    {
        keyword: 'owner', rule: 'Owner', label: 'owner', detail: 'New owner with a contact',
        body: ['owner ${1:Name} "${2:Title}" {', '    contact "${3:team@example.com}"', '}'].join('\n')
    },
    {
        keyword: 'persona', rule: 'Persona', label: 'persona', detail: 'New persona',
        body: ['persona ${1:Name} "${2:Title}" {', '    goal "${3:What they want to achieve}"', '    need "${4:What they need from us}"', '}'].join('\n')
    }
];

interface TemplateStage {
    name: string;
    title: string;
    touchpoint: [name: string, title: string, channel: string];
}

const FIVE_PHASES: TemplateStage[] = [
    { name: 'Awareness', title: 'Awareness', touchpoint: ['SocialAds', 'Social media ads', 'social'] },
    { name: 'Consideration', title: 'Consideration', touchpoint: ['ProductPage', 'Product page', 'web'] },
    { name: 'Purchase', title: 'Purchase', touchpoint: ['Checkout', 'Checkout', 'web'] },
    { name: 'Retention', title: 'Retention', touchpoint: ['Newsletter', 'Newsletter', 'email'] },
    { name: 'Advocacy', title: 'Advocacy', touchpoint: ['Referral', 'Referral programme', 'referral'] }
];

const TWELVE_STEPS: TemplateStage[] = [
    { name: 'NeedIdentification', title: 'Need identification', touchpoint: ['Trigger', 'A need arises', 'other'] },
    { name: 'Awareness', title: 'Awareness', touchpoint: ['SocialAds', 'Social media ads', 'social'] },
    { name: 'InformationSearch', title: 'Information search', touchpoint: ['Search', 'Search engine', 'search'] },
    { name: 'Consideration', title: 'Consideration', touchpoint: ['Comparison', 'Comparing offers', 'web'] },
    { name: 'Decision', title: 'Decision', touchpoint: ['Reviews', 'Customer reviews', 'web'] },
    { name: 'PurchaseExperience', title: 'Purchase experience', touchpoint: ['Checkout', 'Checkout', 'web'] },
    { name: 'DeliveryOnboarding', title: 'Delivery and onboarding', touchpoint: ['Welcome', 'Welcome mail', 'email'] },
    { name: 'UseEngagement', title: 'Use and engagement', touchpoint: ['FirstUse', 'First use', 'app'] },
    { name: 'Retention', title: 'Retention', touchpoint: ['Newsletter', 'Newsletter', 'email'] },
    { name: 'Satisfaction', title: 'Satisfaction', touchpoint: ['Survey', 'Satisfaction survey', 'email'] },
    { name: 'Advocacy', title: 'Advocacy', touchpoint: ['Referral', 'Referral programme', 'referral'] },
    { name: 'Reactivation', title: 'Reactivation', touchpoint: ['WinBack', 'Win-back offer', 'email'] }
];

function template(stages: TemplateStage[]): string {
    const lines = ['journey ${1:Name} "${2:Title}" {', '    owner ${3:Owner}'];
    for (const stage of stages) {
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

export const JOURNEY_TEMPLATES: Snippet[] = [
    {
        keyword: 'journey', rule: 'Journey', label: 'journey (five phases)',
        detail: 'Awareness, consideration, purchase, retention, advocacy',
        body: template(FIVE_PHASES)
    },
    {
        keyword: 'journey', rule: 'Journey', label: 'journey (twelve steps)',
        detail: 'From need identification to reactivation',
        body: template(TWELVE_STEPS)
    }
];

/** The template stages by model, for tests and documentation. */
export const TEMPLATE_STAGES = { fivePhases: FIVE_PHASES, twelveSteps: TWELVE_STEPS };
