// What the grammar promises, one behaviour per test: modalities coloured by strength, prose
// that ends where the language says it ends, and the pieces inside prose.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import test from 'node:test';
import { extensionDir, scopesAt, tokenize } from './tokenize.mjs';

const CONTRACT = `contract "Managed SOC" {
    client "Example Corp" as "Customer"
    effective 2027-01-01
    term 36 months
}

// cspec-disable-next-line vague-term, loophole -- agreed with Legal
section term "Term and Termination" {
    must MON-1: The Provider must answer within 15 minutes, see https://example.org/x.
        The answer follows [MON-2] and {{cap: the fees}} within [Client to confirm].
    should MON-2 (weight 10, by 2027-06-30): The Provider should report "quarterly".
    may MON-3: Optional.
    will MON-4 (by 2028-01-01): Later.
    option OPT-1 (ref "3.4"): Extra hunting, priced per month.
    question Q-1 (weight 10): Describe your onboarding.
    background (ref "1.1"): The Client runs 40 offices.
    sla incidents "Incidents" {
        measured monthly
        coverage 24x7
        coverage Mon-Fri 08:00-18:00, Sat 09:00-13:00 zone "Europe/Berlin"
        severity P1 "Critical" response within 15 minutes resolution within 4 hours:
            Ransomware on a server.
        availability 99.9%
        credit 5% per breach cap 20%
    }
}
`;

const has = (scopes, scope) => scopes.some((s) => s === scope);

test('each modality has its own scope, coloured by strength', async () => {
    assert.ok(has(await scopesAt(CONTRACT, 'must MON-1', 'must'), 'keyword.control.modality.must.cspec'));
    assert.ok(has(await scopesAt(CONTRACT, 'should MON-2', 'should'), 'entity.name.function.modality.should.cspec'));
    assert.ok(has(await scopesAt(CONTRACT, 'may MON-3', 'may'), 'support.type.modality.may.cspec'));
    assert.ok(has(await scopesAt(CONTRACT, 'will MON-4', 'will'), 'entity.other.attribute-name.modality.will.cspec'));
    assert.ok(has(await scopesAt(CONTRACT, 'option OPT-1', 'option'), 'entity.name.type.modality.option.cspec'));
    assert.ok(has(await scopesAt(CONTRACT, 'question Q-1', 'question'), 'variable.parameter.modality.question.cspec'));
});

test('background text is prose after its header', async () => {
    assert.ok(has(await scopesAt(CONTRACT, 'background (ref', 'background'), 'keyword.other.cspec'));
    assert.ok(has(await scopesAt(CONTRACT, 'background (ref', 'ref'), 'keyword.other.cspec'));
    assert.ok(has(await scopesAt(CONTRACT, 'background (ref', 'The Client runs'), 'meta.prose.cspec'));
});

test('a requirement ID and a section ID are IDs, even when the ID is a keyword', async () => {
    assert.ok(has(await scopesAt(CONTRACT, 'must MON-1', 'MON-1'), 'variable.other.constant.id.cspec'));
    assert.ok(has(await scopesAt(CONTRACT, 'section term', 'term'), 'variable.other.constant.id.cspec'));
    assert.ok(has(await scopesAt(CONTRACT, '    term 36', 'term'), 'keyword.other.cspec'));
});

test('prose runs over indented lines and ends at the next line that is not indented deeper', async () => {
    assert.ok(has(await scopesAt(CONTRACT, 'The answer follows', 'The answer'), 'meta.prose.cspec'));
    assert.ok(!has(await scopesAt(CONTRACT, 'should MON-2', 'should'), 'meta.prose.cspec'));
    assert.ok(has(await scopesAt(CONTRACT, 'Ransomware on', 'Ransomware'), 'meta.prose.cspec'));
    assert.ok(!has(await scopesAt(CONTRACT, 'availability 99.9%', 'availability'), 'meta.prose.cspec'));
    assert.ok(has(await scopesAt(CONTRACT, 'availability 99.9%', 'availability'), 'keyword.other.cspec'));
});

test('a // inside prose is text, not a comment; a comment line is a comment', async () => {
    assert.ok(!has(await scopesAt(CONTRACT, 'https://example.org', '//'), 'comment.line.double-slash.cspec'));
    const suppression = await scopesAt(CONTRACT, 'cspec-disable-next-line', 'cspec-disable');
    assert.ok(has(suppression, 'keyword.control.directive.suppression.cspec'));
    assert.ok(has(await scopesAt(CONTRACT, 'cspec-disable-next-line', 'loophole'), 'constant.language.rule.cspec'));
    assert.ok(has(await scopesAt(CONTRACT, 'cspec-disable-next-line', 'agreed'), 'comment.line.reason.cspec'));
});

test('references, placeholders and blanks inside prose', async () => {
    assert.ok(has(await scopesAt(CONTRACT, 'The answer follows', 'MON-2'), 'variable.other.constant.reference.cspec'));
    assert.ok(has(await scopesAt(CONTRACT, 'The answer follows', 'cap'), 'variable.parameter.placeholder.name.cspec'));
    assert.ok(has(await scopesAt(CONTRACT, 'The answer follows', 'Client to confirm'), 'invalid.deprecated.blank.cspec'));
});

test('numbers, durations, percentages, dates, periods and coverage', async () => {
    assert.ok(has(await scopesAt(CONTRACT, 'must MON-1', 'minutes'), 'keyword.other.unit.cspec'));
    assert.ok(has(await scopesAt(CONTRACT, 'must MON-1', '15'), 'constant.numeric.duration.cspec'));
    assert.ok(has(await scopesAt(CONTRACT, 'effective', '2027-01-01'), 'constant.numeric.date.cspec'));
    assert.ok(has(await scopesAt(CONTRACT, 'availability', '99.9%'), 'constant.numeric.percentage.cspec'));
    assert.ok(has(await scopesAt(CONTRACT, 'measured', 'monthly'), 'constant.language.period.cspec'));
    assert.ok(has(await scopesAt(CONTRACT, 'coverage 24x7', '24x7'), 'constant.language.coverage.cspec'));
    assert.ok(has(await scopesAt(CONTRACT, 'coverage Mon-Fri', '08:00-18:00'), 'constant.numeric.time.cspec'));
    assert.ok(has(await scopesAt(CONTRACT, 'coverage Mon-Fri', 'zone'), 'keyword.other.cspec'));
});

test('every scope the semantic tokens map to is one the grammar gives', async () => {
    const manifest = JSON.parse(readFileSync(path.join(extensionDir, 'package.json'), 'utf8'));
    const given = new Set((await tokenize(CONTRACT)).flatMap((l) => l.tokens.flatMap((t) => t.scopes)));
    for (const [token, scopes] of Object.entries(manifest.contributes.semanticTokenScopes[0].scopes)) {
        for (const scope of scopes) {
            if (token !== 'flagged') {
                assert.ok(given.has(scope), `${token} maps to ${scope}, which the grammar never gives`);
            }
        }
    }
});
