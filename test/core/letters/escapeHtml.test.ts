import { escapeHtml } from "../../../src/core/letters/escapeHtml";

describe("escapeHtml", () => {
  it("escapes the five characters", () => {
    expect(escapeHtml(`& < > " '`)).toBe("&amp; &lt; &gt; &quot; &#39;");
    expect(escapeHtml(`"><img src=x onerror=alert(1)>`)).toBe("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
  });

  it("leaves other text alone, Chinese included, and escapes an existing entity again (it is text)", () => {
    expect(escapeHtml("北京远航 ¥12,345.60")).toBe("北京远航 ¥12,345.60");
    expect(escapeHtml("&amp;")).toBe("&amp;amp;");
    expect(escapeHtml("")).toBe("");
  });
});
