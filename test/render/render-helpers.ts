import { buildViewModel } from '../../src/model/build-view-model.js';
import type { JourneyMapModel } from '../../src/model/view-model.js';
import { buildWorkspace, exampleFiles } from '../helpers.js';

/** View models of the given files, built as one workspace. */
export async function modelsOf(files: Record<string, string>): Promise<Record<string, JourneyMapModel>> {
    const { documents } = await buildWorkspace(files);
    return Object.fromEntries(Object.entries(documents).map(([name, document]) => [name, buildViewModel(document)]));
}

export async function exampleModels(): Promise<Record<string, JourneyMapModel>> {
    return modelsOf(Object.fromEntries(exampleFiles().map(file => [file.name, file.text])));
}

export async function modelOf(text: string, others: Record<string, string> = {}): Promise<JourneyMapModel> {
    return (await modelsOf({ ...others, 'main.journey': text }))['main.journey'];
}
