import { readerWords, type Locale, type ReaderWords } from '../language/reader-words.js';
import type { JourneyMapModel } from '../model/view-model.js';
import { indexModel, type ModelIndex } from '../model/view-model-index.js';
import type { RenderMemo } from './render-memo.js';

/** What every part of the map looks up: the model's definitions by id, and the reader's words. */
export interface MapContext extends ModelIndex {
    words: ReaderWords;
    /** Pieces kept from earlier renders of the same document (the preview's); none: everything is computed. */
    memo?: RenderMemo;
}

export function mapContext(model: JourneyMapModel, locale?: Locale, memo?: RenderMemo): MapContext {
    return { ...indexModel(model), words: readerWords(locale), ...memo ? { memo } : {} };
}
