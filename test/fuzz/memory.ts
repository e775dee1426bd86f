import { URI } from 'langium';
import { generateJourney } from '../../bench/generate.js';
import { MemoryFileSystem } from '../../bench/memory-file-system.js';
import { createJourneyServices } from '../../src/language/journey-module.js';

function heapMb(): number {
    const gc = (globalThis as { gc?: () => void }).gc;
    if (!gc) throw new Error('run with --expose-gc to measure memory');
    gc();
    gc();
    return process.memoryUsage().heapUsed / 1024 / 1024;
}

/**
 * `cycles` edit/undo pairs on a generated journey of 5,000 lines, through the same
 * incremental update the language server runs; heap compared after GC, once warm.
 */
export async function measureMemory(cycles: number, lines = 5000): Promise<{ cycles: number; lines: number; beforeMb: number; afterMb: number; growthPercent: number }> {
    const fileSystem = new MemoryFileSystem();
    const { shared } = createJourneyServices({ fileSystemProvider: () => fileSystem });
    const uri = URI.parse('file:///memory/generated.journey');
    const original = generateJourney(lines);
    const edited = original.replace('emotion 1', 'emotion 9').replace('owner Owner3', 'owner Ghost');
    fileSystem.texts.set(uri.toString(), original);
    const document = shared.workspace.LangiumDocumentFactory.fromString(original, uri);
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: true });

    const cycle = async () => {
        fileSystem.texts.set(uri.toString(), edited);
        await shared.workspace.DocumentBuilder.update([uri], []);
        fileSystem.texts.set(uri.toString(), original);
        await shared.workspace.DocumentBuilder.update([uri], []);
    };
    // Warm up first: JIT code and lazily built caches are not leaks.
    for (let i = 0; i < 50; i++) await cycle();
    const beforeMb = heapMb();
    for (let i = 0; i < cycles; i++) await cycle();
    const afterMb = heapMb();
    return { cycles, lines, beforeMb, afterMb, growthPercent: ((afterMb - beforeMb) / beforeMb) * 100 };
}
