// Writes src/language/journey-token-table.generated.ts: the lexer's token types worked out from
// the grammar (see src/language/journey-token-table.ts). Run by `npm run langium:generate`
// after Langium's generator, under tsx: node --import tsx scripts/generate-token-table.mjs
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JourneyLanguageGrammar } from '../src/language/generated/grammar.js';
import { JourneyLanguageLanguageMetaData } from '../src/language/generated/module.js';
import { JourneyTokenBuilder } from '../src/language/journey-lexer.js';
import { tokenTableFile, tokenTableOf } from '../src/language/journey-token-table.js';

const builder = new JourneyTokenBuilder();
const tokens = builder.buildTokens(JourneyLanguageGrammar(), { caseInsensitive: JourneyLanguageLanguageMetaData.caseInsensitive });
writeFileSync(fileURLToPath(new URL('../src/language/journey-token-table.generated.ts', import.meta.url)), tokenTableFile(tokenTableOf(tokens, builder.wordKeywords)));
