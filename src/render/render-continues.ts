import type { TouchpointView } from '../model/view-model.js';
import type { MapContext } from './map-context.js';
import { TEXT, textLine, type Block } from './render-parts.js';
import { h } from './vnode.js';

/** The height of a `continues` link: one line of small text. */
export const CONTINUES_LINK_HEIGHT = TEXT.small.lineHeight;

/**
 * `continues Journey.Stage` on a touchpoint's card: a link the preview and
 * `journey serve` follow to the other journey's map. It names the target; the
 * host finds where it is written.
 */
export function continuesLink(context: MapContext, touchpoint: TouchpointView, x: number, y: number, width: number): Block | undefined {
    const continues = touchpoint.continues;
    if (!continues) {
        return undefined;
    }
    const journey = continues.sameDocument ? context.model.journeys.find(j => j.id === continues.journey.targetId) : undefined;
    const stage = continues.stage && journey?.stages.find(s => s.id === continues.stage!.targetId);
    const target = [journey?.title ?? continues.journey.name, ...continues.stage ? [stage?.title ?? continues.stage.name] : []].join(' · ');
    const written = [continues.journey.name, ...continues.stage ? [continues.stage.name] : []].join('.');
    const resolved = continues.journey.resolved && (continues.stage?.resolved ?? true);
    const words = resolved ? context.words.phrase('continuesIn', target) : context.words.phrase('continuesInMissing', written);
    const line = textLine(`↪ ${target}`, 0, 0, width, TEXT.small, resolved ? '' : 'jm-warning', undefined, words);
    return {
        node: h('g', {
            class: `jm-continues${resolved ? '' : ' jm-unresolved'}`,
            transform: `translate(${x} ${y})`,
            'data-continues-journey': continues.journey.name,
            'data-continues-stage': continues.stage?.name,
            tabindex: resolved ? '0' : undefined,
            role: resolved ? 'link' : undefined,
            'aria-label': words
        }, [line.node], 'continues'),
        height: line.height
    };
}
