// The compare view's browser script (Journey: Compare with HEAD): the preview's zoom and fit, and stepping through the changes.
import { changeStepForKey, ChangeNavigator } from './change-navigator.js';
import { actionForKey } from './keys.js';
import type { ToolbarAction } from './preview-chrome.js';
import { Zoom } from './zoom.js';

function start(document: Document): void {
    const viewport = document.getElementById('viewport');
    const level = document.getElementById('zoom-level') as HTMLOutputElement | null;
    const map = document.getElementById('map');
    const svg = map?.querySelector('svg.jm-map') ?? undefined;
    if (!viewport || !level || !map || !svg) {
        return;
    }
    const zoom = new Zoom(viewport, level, () => svg, () => undefined);
    zoom.drawn(Number(svg.getAttribute('width')), Number(svg.getAttribute('height')));
    zoom.fitWidth();
    const position = document.getElementById('change-position');
    const changes = new ChangeNavigator(map, (index, count) => {
        if (position) {
            position.textContent = (position.dataset.format ?? '{0} / {1}').replace('{0}', String(index + 1)).replace('{1}', String(count));
        }
    });
    for (const button of Array.from(document.querySelectorAll<HTMLButtonElement>('#toolbar button[data-action]'))) {
        const action = button.dataset.action!;
        button.addEventListener('click', () => {
            if (action === 'next-change') {
                changes.next();
            } else if (action === 'previous-change') {
                changes.previous();
            } else {
                zoom.run(action as ToolbarAction);
            }
        });
    }
    document.addEventListener('keydown', event => {
        const step = changeStepForKey(event);
        const action = actionForKey(event);
        if (step !== undefined) {
            event.preventDefault();
            if (step === 1) {
                changes.next();
            } else {
                changes.previous();
            }
        } else if (action) {
            event.preventDefault();
            zoom.run(action);
        }
    });
    viewport.addEventListener('wheel', event => {
        if (zoom.wheel(event)) {
            event.preventDefault();
        }
    }, { passive: false });
    document.body.dataset.ready = 'true';
}

start(window.document);
