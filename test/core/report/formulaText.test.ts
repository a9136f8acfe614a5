import { equalsCriterion, formulaText } from "../../../src/core/report/formulaText";

test("formulaText quotes text and doubles quotes inside, so names cannot inject a formula", () => {
  expect(formulaText("Acme")).toBe('"Acme"');
  expect(formulaText('Acme "Intl"')).toBe('"Acme ""Intl"""');
  expect(formulaText('=HYPERLINK("http://x")')).toBe('"=HYPERLINK(""http://x"")"');
  expect(formulaText("")).toBe('""');
});

test("equalsCriterion matches exactly: operators and wildcards escaped", () => {
  expect(equalsCriterion("Acme")).toBe('"=Acme"');
  expect(equalsCriterion("Ac*me?")).toBe('"=Ac~*me~?"');
  expect(equalsCriterion("a~b")).toBe('"=a~~b"');
  expect(equalsCriterion("<Beta>")).toBe('"=<Beta>"');
  expect(equalsCriterion('Say "hi"')).toBe('"=Say ""hi"""');
  expect(equalsCriterion("")).toBe('"="');
});
