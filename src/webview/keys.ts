import type { ToolbarAction } from './preview-chrome.js';

/** The toolbar's keys: `+`/`=` zoom in, `-` out, `0` fit, `1` actual size; none with a modifier. */
const ACTION_KEYS: Record<string, ToolbarAction> = { '+': 'zoom-in', '=': 'zoom-in', '-': 'zoom-out', '0': 'fit', '1': 'actual-size' };

export function actionForKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): ToolbarAction | undefined {
    return event.ctrlKey || event.metaKey || event.altKey ? undefined : ACTION_KEYS[event.key];
}

/** Enter or Space on a focused map element activates it, as a click does. */
export function isActivationKey(event: Pick<KeyboardEvent, 'key'>): boolean {
    return event.key === 'Enter' || event.key === ' ';
}
