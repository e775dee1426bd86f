import { readerWords, type Locale, type ReaderWords } from '../language/reader-words.js';
import type { JourneyMapModel } from '../model/view-model.js';
import { indexModel, type ModelIndex } from '../model/view-model-index.js';

/** What every part of the map looks up: the model's definitions by id, and the reader's words. */
export interface MapContext extends ModelIndex {
    words: ReaderWords;
}

export function mapContext(model: JourneyMapModel, locale?: Locale): MapContext {
    return { ...indexModel(model), words: readerWords(locale) };
}
