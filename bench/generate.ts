// Generated journeys for benchmarks: deterministic, valid, and shaped like real ones
// (stages of touchpoints with owners, KPIs, emotions, pains and `next` links).

const CHANNELS = ['web', 'app', 'email', 'sms', 'social', 'search', 'chat', 'phone', 'store'];

/** Definitions of owners, personas and KPIs, with names carrying `prefix`. */
function definitions(prefix: string, count: number): string[] {
    const lines: string[] = [];
    for (let i = 0; i < count; i++) {
        lines.push(`owner ${prefix}Owner${i} "Team ${i}" { contact "team${i}@example.com" }`);
        lines.push(`kpi ${prefix}Kpi${i} "Indicator ${i}" {`, `    owner ${prefix}Owner${i}`, `    target >= ${50 + i}%`, `    current ${40 + (i % 20)}%`, '}');
    }
    lines.push(`persona ${prefix}Persona "A typical customer" { goal "Get it done" }`);
    return lines;
}

/** One touchpoint block of 8 lines. */
function touchpoint(stage: number, index: number, owners: string[], kpis: string[], nextTarget: string | undefined): string[] {
    return [
        `        touchpoint T${index} "Touchpoint ${index} of stage ${stage}" {`,
        `            channel ${CHANNELS[index % CHANNELS.length]}`,
        `            owner ${owners[index % owners.length]}`,
        `            emotion ${(index % 5) - 2}`,
        `            pain "Waiting time at step ${index}"`,
        `            measures ${kpis[index % kpis.length]}`,
        nextTarget ? `            next ${nextTarget}` : `            opportunity "Shorter path at step ${index}"`,
        '        }'
    ];
}

/** A journey body of about `lines` lines, referring to the given owners, KPIs and persona. */
function journey(name: string, lines: number, owners: string[], kpis: string[], persona: string): string[] {
    const out = [`journey ${name} "Generated journey ${name}" {`, `    description "Benchmark journey"`, `    owner ${owners[0]}`, `    persona ${persona}`];
    const STAGE_LINES = 7;
    const TOUCHPOINT_LINES = 8;
    for (let stage = 0; out.length + STAGE_LINES + TOUCHPOINT_LINES < lines; stage++) {
        const count = Math.max(1, Math.min(10, Math.floor((lines - out.length - STAGE_LINES - 1) / TOUCHPOINT_LINES)));
        out.push('', `    stage S${stage} "Stage ${stage}" {`, `        owner ${owners[stage % owners.length]}`, `        goal "Goal of stage ${stage}"`, `        emotion ${(stage % 5) - 2}`, `        measures ${kpis[stage % kpis.length]}`);
        for (let t = 0; t < count; t++) {
            const next = t + 1 < count ? `T${t + 1}` : (stage > 0 ? `S${stage - 1}.T0` : undefined);
            out.push(...touchpoint(stage, t, owners, kpis, next));
        }
        out.push('    }');
    }
    out.push('}');
    return out;
}

/** One self-contained file of about `lines` lines. */
export function generateJourney(lines: number): string {
    const defs = definitions('', 10);
    const owners = Array.from({ length: 10 }, (_, i) => `Owner${i}`);
    const kpis = Array.from({ length: 10 }, (_, i) => `Kpi${i}`);
    return [...defs, '', ...journey('Generated', lines - defs.length - 1, owners, kpis, 'Persona')].join('\n') + '\n';
}

/**
 * `files` files of about `linesPerFile` lines: each defines a few owners and KPIs
 * and its journey refers to definitions of other files (cross-file references).
 */
export function generateWorkspace(files = 200, linesPerFile = 500): Record<string, string> {
    const result: Record<string, string> = {};
    for (let f = 0; f < files; f++) {
        const prefix = `F${f}`;
        const defs = definitions(prefix, 3);
        const other = `F${(f + 1) % files}`;
        const owners = [`${prefix}Owner0`, `${other}Owner1`, `${prefix}Owner2`];
        const kpis = [`${other}Kpi0`, `${prefix}Kpi1`, `${prefix}Kpi2`];
        const body = journey(`Journey${f}`, linesPerFile - defs.length - 1, owners, kpis, `${other}Persona`);
        result[`journey-${String(f).padStart(3, '0')}.journey`] = [...defs, '', ...body].join('\n') + '\n';
    }
    return result;
}
